using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.WebhookFrontend.Webhook;

/// <summary>
/// The one rule that picks, among Meta's identifiers, the one a citizen is addressed by, for messages and statuses
/// alike: the phone number (<c>wa_id</c>) when Meta gives it, else the business-scoped user id. Statuses follow the
/// same rule as messages so that a status lands on the grain that sent the message it reports on, once
/// <see cref="CitizenKeys"/> has hashed the id into that grain's key.
/// </summary>
internal static class CitizenId
{
    public static string? Of(MetaMessage message, IReadOnlyList<MetaContact?>? contacts) =>
        Pick(message.From, message.FromUserId) ?? (LoneContact(message, contacts) is { } contact ? Pick(contact.WaId, contact.UserId) : null);

    public static string? Of(MetaStatus status) => Pick(status.RecipientId, status.RecipientUserId);

    /// <summary>The business-scoped user id of the sender, from the message or its contact.</summary>
    public static string? UserIdOf(MetaMessage message, IReadOnlyList<MetaContact?>? contacts) =>
        NonBlank(message.FromUserId) ?? NonBlank(ContactOf(message, contacts)?.UserId);

    public static string? UserIdOf(MetaStatus status) => NonBlank(status.RecipientUserId);

    /// <summary>The <c>contacts[]</c> entry describing the sender of <paramref name="message"/>.</summary>
    public static MetaContact? ContactOf(MetaMessage message, IReadOnlyList<MetaContact?>? contacts)
    {
        var phone = NonBlank(message.From);
        var userId = NonBlank(message.FromUserId);
        return phone is null && userId is null
            ? LoneContact(message, contacts)
            : contacts?.FirstOrDefault(contact => contact is not null
                && ((phone is not null && contact.WaId == phone) || (userId is not null && contact.UserId == userId)));
    }

    // A message without any sender id can only belong to a lone contact; among several we cannot tell whose it is.
    private static MetaContact? LoneContact(MetaMessage message, IReadOnlyList<MetaContact?>? contacts) =>
        NonBlank(message.From) is null && NonBlank(message.FromUserId) is null && contacts is [{ } only] ? only : null;

    private static string? Pick(string? phone, string? userId) => NonBlank(phone) ?? NonBlank(userId);

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
