using ManaMitra.WebhookFrontend.Webhook.Meta;

namespace ManaMitra.WebhookFrontend.Webhook;

/// <summary>
/// The one rule that turns Meta's identifiers into a citizen's grain key, for messages and statuses alike:
/// the phone number (<c>wa_id</c>) when Meta gives it, else the business-scoped user id. Both directions use the
/// same rule so a status lands on the grain that sent the message.
/// </summary>
internal static class CitizenId
{
    public static string? Of(MetaMessage message, IReadOnlyList<MetaContact?>? contacts)
    {
        if (Pick(message.From, message.FromUserId) is { } id)
        {
            return id;
        }

        // With no sender on the message, a lone contact can only be its sender; among several we cannot tell.
        return contacts is [{ } only] ? Pick(only.WaId, only.UserId) : null;
    }

    public static string? Of(MetaStatus status) => Pick(status.RecipientId, status.RecipientUserId);

    /// <summary>The <c>contacts[]</c> entry describing the sender of <paramref name="message"/>.</summary>
    public static MetaContact? ContactOf(MetaMessage message, IReadOnlyList<MetaContact?>? contacts)
    {
        if (contacts is null)
        {
            return null;
        }

        var phone = Blank(message.From) ? null : message.From;
        var userId = Blank(message.FromUserId) ? null : message.FromUserId;
        if (phone is null && userId is null)
        {
            return contacts is [{ } only] ? only : null;
        }

        return contacts.FirstOrDefault(contact => contact is not null
            && ((phone is not null && contact.WaId == phone) || (userId is not null && contact.UserId == userId)));
    }

    private static string? Pick(string? phone, string? userId) =>
        !Blank(phone) ? phone : !Blank(userId) ? userId : null;

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
