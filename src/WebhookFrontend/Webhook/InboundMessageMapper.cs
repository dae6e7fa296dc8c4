using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.Messages;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.WebhookFrontend.Webhook;

/// <summary>Reduces one Meta message to what the conversation needs, or to nothing when it is not a citizen talking to us.</summary>
internal static class InboundMessageMapper
{
    /// <returns>Null when the message must not reach a citizen's grain.</returns>
    public static InboundMessage? Map(MetaMessage message, IReadOnlyList<MetaContact?>? contacts, CitizenKeys keys)
    {
        // A government number must never answer into a group: other members would see the citizen's business.
        if (message.GroupId is not null)
        {
            return null;
        }

        // System messages (number or user id changed) are Meta's notices about a citizen, not words from them.
        if (message.Type == "system")
        {
            return null;
        }

        var id = NonBlank(message.Id);
        var citizen = CitizenId.Of(message, contacts);
        if (id is null || citizen is null || !UnixTime.TryParse(message.Timestamp, out var sentAt))
        {
            return null;
        }

        var basis = new InboundMessage
        {
            MessageId = id,
            CitizenId = keys.Of(citizen),
            ReplyTo = citizen,
            SentAt = sentAt,
            Kind = InboundKind.Unsupported,
            ProfileName = NonBlank(CitizenId.ContactOf(message, contacts)?.Profile?.Name),
        };
        return WithContent(basis, message);
    }

    // A known type whose content object is missing is as good as unsupported: there is nothing to act on.
    private static InboundMessage WithContent(InboundMessage basis, MetaMessage message) => message.Type switch
    {
        "text" when message.Text is { Body: { } body } => basis with { Kind = InboundKind.Text, Text = body },
        "interactive" when message.Interactive is { } interactive => WithChoice(basis, interactive),
        "button" when message.Button is { } button => basis with { Kind = InboundKind.QuickReply, Text = button.Text, ReplyId = button.Payload },
        "location" when message.Location is { Latitude: { } latitude, Longitude: { } longitude } place =>
            basis with { Kind = InboundKind.Location, Location = new GeoPoint(latitude, longitude, place.Name, place.Address) },
        "image" when message.Image is { } media => WithMedia(basis, InboundKind.Image, media),
        "document" when message.Document is { } media => WithMedia(basis, InboundKind.Document, media),
        "audio" when message.Audio is { } media => WithMedia(basis, InboundKind.Audio, media),
        "video" when message.Video is { } media => WithMedia(basis, InboundKind.Video, media),
        "sticker" when message.Sticker is { } media => WithMedia(basis, InboundKind.Sticker, media),
        "reaction" when message.Reaction is { } reaction => basis with { Kind = InboundKind.Reaction, Text = NonBlank(reaction.Emoji) },
        "contacts" => basis with { Kind = InboundKind.Contacts },
        _ => basis,
    };

    private static InboundMessage WithChoice(InboundMessage basis, MetaInteractive interactive) => interactive.Type switch
    {
        "button_reply" when interactive.ButtonReply is { } choice => basis with { Kind = InboundKind.ButtonReply, Text = choice.Title, ReplyId = choice.Id },
        "list_reply" when interactive.ListReply is { } choice => basis with { Kind = InboundKind.ListReply, Text = choice.Title, ReplyId = choice.Id },
        "nfm_reply" when interactive.NfmReply is { } flow => basis with { Kind = InboundKind.FlowReply, Text = flow.ResponseJson },
        _ => basis,
    };

    private static InboundMessage WithMedia(InboundMessage basis, InboundKind kind, MetaMedia media) =>
        basis with { Kind = kind, MediaId = NonBlank(media.Id), Text = NonBlank(media.Caption) };

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
