using System.Text;

namespace ManaMitra.Testing;

/// <summary>
/// Webhook bodies for tests that drive the frontend over HTTP, from the test business number, sent now: a citizen's
/// typed text or tapped choice, a delivery status. Written by <see cref="WebhookEnvelope"/> like the load tool's.
/// </summary>
public static class MetaWebhooks
{
    public const string PhoneNumberId = "106540352242922";

    private static readonly WebhookEnvelope Envelope = new("102290129340398", "15550783881", PhoneNumberId);

    public static string Text(string citizen, string messageId, string text) =>
        From(citizen, messageId, CitizenMessage.Typed(text));

    /// <summary>A tapped list row (WhatsApp sends the row id back); the conversation treats buttons the same way.</summary>
    public static string Choice(string citizen, string messageId, string choiceId) =>
        From(citizen, messageId, CitizenMessage.Row(choiceId, "choice"));

    /// <summary>A photo the citizen sent; <paramref name="mediaId"/> is what the Cloud API serves its file by.</summary>
    public static string Photo(string citizen, string messageId, string mediaId, string caption = "") =>
        From(citizen, messageId, CitizenMessage.Photo(mediaId, caption));

    public static string VoiceNote(string citizen, string messageId, string mediaId) =>
        From(citizen, messageId, CitizenMessage.VoiceNote(mediaId));

    public static string Location(string citizen, string messageId, double latitude, double longitude) =>
        From(citizen, messageId, CitizenMessage.Location(latitude, longitude));

    /// <summary>
    /// A text from a citizen Meta identifies by phone number, business-scoped user id, or both, as its newer payloads do.
    /// </summary>
    public static string TextFrom(string? phone, string? userId, string messageId, string text) =>
        Encoding.UTF8.GetString(Envelope.BuildFrom(phone, userId, "Citizen", [new EnvelopedMessage(messageId, DateTimeOffset.UtcNow, CitizenMessage.Typed(text))]));

    public static string Status(string citizen, string sentMessageId, string status) =>
        Encoding.UTF8.GetString(Envelope.BuildStatus(citizen, sentMessageId, status, DateTimeOffset.UtcNow));

    private static string From(string citizen, string messageId, CitizenMessage message) =>
        Encoding.UTF8.GetString(Envelope.Build(citizen, $"Citizen {citizen[^4..]}", messageId, DateTimeOffset.UtcNow, message));
}
