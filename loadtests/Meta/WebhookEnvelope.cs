using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ManaMitra.LoadTests.Meta;

/// <summary>
/// Writes the body Meta POSTs for one incoming message: <c>object</c>, <c>entry[].changes[].value</c> with
/// <c>messaging_product</c>, <c>metadata</c>, <c>contacts</c> and <c>messages</c>, field for field as Meta sends it.
/// Meta may also batch several of a citizen's messages into one delivery; <see cref="BuildBatch"/> writes those.
/// </summary>
public sealed class WebhookEnvelope(string businessAccountId, string displayPhoneNumber, string phoneNumberId)
{
    public byte[] Build(string citizenId, string profileName, string messageId, DateTimeOffset sentAt, CitizenMessage message) =>
        BuildBatch(citizenId, profileName, [new EnvelopedMessage(messageId, sentAt, message)]);

    /// <summary>One delivery carrying <paramref name="messages"/> of one citizen, oldest first.</summary>
    public byte[] BuildBatch(string citizenId, string profileName, IReadOnlyList<EnvelopedMessage> messages)
    {
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var json = new Utf8JsonWriter(buffer))
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
            json.WriteStartArray("contacts");
            json.WriteStartObject();
            json.WriteStartObject("profile");
            json.WriteString("name", profileName);
            json.WriteEndObject();
            json.WriteString("wa_id", citizenId);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("messages");
            foreach (var (messageId, sentAt, message) in messages)
            {
                WriteMessage(json, citizenId, messageId, sentAt, message);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("field", "messages");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteMessage(Utf8JsonWriter json, string citizenId, string messageId, DateTimeOffset sentAt, CitizenMessage message)
    {
        json.WriteStartObject();
        json.WriteString("from", citizenId);
        json.WriteString("id", messageId);
        // Meta sends the Unix time as a string of seconds.
        json.WriteString("timestamp", sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (message.Kind == MessageKind.Text)
        {
            json.WriteString("type", "text");
            json.WriteStartObject("text");
            json.WriteString("body", message.Text);
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
}

/// <summary>One message inside a webhook: Meta's id for it, when the citizen sent it, and what it says.</summary>
public sealed record EnvelopedMessage(string MessageId, DateTimeOffset SentAt, CitizenMessage Message);
