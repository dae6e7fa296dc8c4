using System.Text.RegularExpressions;

namespace ManaMitra.WhatsApp.Messages;

/// <summary>
/// Which field of a send request names the citizen. Since 2026 Meta gives every user a business-scoped user id
/// (BSUID, e.g. <c>IN.1648738043044942</c>, or a parent BSUID <c>IN.ENT.…</c>) and may leave the phone number out
/// of webhooks for users who adopt a username. Meta's send API takes a phone number in <c>to</c> and a BSUID in
/// <c>recipient</c> (with <c>to</c> left out). The two cannot be confused: a BSUID starts with a two-letter
/// country code and a dot, a WhatsApp id is digits only, so the address the citizen last wrote from decides the field.
/// </summary>
public static partial class WhatsAppRecipient
{
    public const string PhoneField = "to";
    public const string BusinessScopedUserIdField = "recipient";

    public static bool IsBusinessScopedUserId(string id) => BusinessScopedUserId().IsMatch(id);

    public static string FieldFor(string id) => IsBusinessScopedUserId(id) ? BusinessScopedUserIdField : PhoneField;

    [GeneratedRegex(@"^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex BusinessScopedUserId();
}
