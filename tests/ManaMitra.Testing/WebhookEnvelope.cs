using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ManaMitra.Testing;

/// <summary>
/// Writes the body Meta POSTs to the webhook, field for field as Meta sends it: <c>object</c>,
/// <c>entry[].changes[].value</c> with <c>messaging_product</c>, <c>metadata</c>, and then either the citizen's
/// <c>contacts</c> and <c>messages</c> — Meta may batch several of one citizen's messages into one delivery — or the
/// <c>statuses</c> of a message sent to them. Written straight to UTF-8, cheap enough for a load run's thousands a second.
/// </summary>
public sealed class WebhookEnvelope(string businessAccountId, string displayPhoneNumber, string phoneNumberId)
{
    public byte[] Build(string citizenId, string profileName, string messageId, DateTimeOffset sentAt, CitizenMessage message) =>
        BuildBatch(citizenId, profileName, [new EnvelopedMessage(messageId, sentAt, message)]);

    /// <summary>One delivery carrying <paramref name="messages"/> of one citizen, oldest first.</summary>
    public byte[] BuildBatch(string citizenId, string profileName, IReadOnlyList<EnvelopedMessage> messages) =>
        BuildFrom(citizenId, null, profileName, messages);

    /// <summary>
    /// Messages from a citizen Meta names by phone number, by business-scoped user id, or by both, as its newer
    /// payloads do (<c>wa_id</c>/<c>from</c> and <c>user_id</c>/<c>from_user_id</c>).
    /// </summary>
    public byte[] BuildFrom(string? phone, string? userId, string profileName, IReadOnlyList<EnvelopedMessage> messages)
    {
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteOpening(json);
            json.WriteStartArray("contacts");
            json.WriteStartObject();
            json.WriteStartObject("profile");
            json.WriteString("name", profileName);
            json.WriteEndObject();
            WriteIfKnown(json, "wa_id", phone);
            WriteIfKnown(json, "user_id", userId);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("messages");
            foreach (var (messageId, sentAt, message) in messages)
            {
                WriteMessage(json, phone, userId, messageId, sentAt, message);
            }

            json.WriteEndArray();
            WriteClosing(json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Meta's report that the message <paramref name="sentMessageId"/> to <paramref name="recipient"/> reached <paramref name="status"/> (sent, delivered, read, failed).</summary>
    public byte[] BuildStatus(string recipient, string sentMessageId, string status, DateTimeOffset at)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteOpening(json);
            json.WriteStartArray("statuses");
            json.WriteStartObject();
            json.WriteString("id", sentMessageId);
            json.WriteString("status", status);
            json.WriteString("timestamp", UnixSeconds(at));
            json.WriteString("recipient_id", recipient);
            json.WriteEndObject();
            json.WriteEndArray();
            WriteClosing(json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Everything before the value's contacts and messages or statuses, which are the same in every webhook.
    private void WriteOpening(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("object", "whatsapp_business_account");
        json.WriteStartArray("entry");
        json.WriteStartObject();
        json.WriteString("id", businessAccountId);
        json.WriteStartArray("changes");
        json.WriteStartObject();
        json.WriteStartObject("value");
        json.WriteString("messaging_product", "whatsapp");
        json.WriteStartObject("metadata");
        json.WriteString("display_phone_number", displayPhoneNumber);
        json.WriteString("phone_number_id", phoneNumberId);
        json.WriteEndObject();
    }

    private static void WriteClosing(Utf8JsonWriter json)
    {
        json.WriteEndObject();
        json.WriteString("field", "messages");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string? phone, string? userId, string messageId, DateTimeOffset sentAt, CitizenMessage message)
    {
        json.WriteStartObject();
        WriteIfKnown(json, "from", phone);
        WriteIfKnown(json, "from_user_id", userId);
        json.WriteString("id", messageId);
        json.WriteString("timestamp", UnixSeconds(sentAt));
        if (message.Kind == MessageKind.Text)
        {
            json.WriteString("type", "text");
            json.WriteStartObject("text");
            json.WriteString("body", message.Text);
            json.WriteEndObject();
        }
        else if (message.Kind == MessageKind.Image)
        {
            json.WriteString("type", "image");
            json.WriteStartObject("image");
            WriteIfKnown(json, "caption", message.Text.Length > 0 ? message.Text : null);
            json.WriteString("mime_type", "image/jpeg");
            json.WriteString("id", message.MediaId);
            json.WriteEndObject();
        }
        else if (message.Kind == MessageKind.VoiceNote)
        {
            json.WriteString("type", "audio");
            json.WriteStartObject("audio");
            json.WriteString("mime_type", "audio/ogg; codecs=opus");
            json.WriteString("id", message.MediaId);
            json.WriteBoolean("voice", true);
            json.WriteEndObject();
        }
        else if (message is { Kind: MessageKind.Location, Point: var (latitude, longitude) })
        {
            json.WriteString("type", "location");
            json.WriteStartObject("location");
            json.WriteNumber("latitude", latitude);
            json.WriteNumber("longitude", longitude);
            json.WriteEndObject();
        }
        else
        {
            var replyType = message.Kind == MessageKind.ButtonReply ? "button_reply" : "list_reply";
            json.WriteString("type", "interactive");
            json.WriteStartObject("interactive");
            json.WriteString("type", replyType);
            json.WriteStartObject(replyType);
            json.WriteString("id", message.ChoiceId);
            json.WriteString("title", message.Text);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteIfKnown(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    // Meta sends the Unix time as a string of seconds.
    private static string UnixSeconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}

/// <summary>One message inside a webhook: Meta's id for it, when the citizen sent it, and what it says.</summary>
public sealed record EnvelopedMessage(string MessageId, DateTimeOffset SentAt, CitizenMessage Message);
