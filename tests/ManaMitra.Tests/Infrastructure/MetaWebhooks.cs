using System.Text.Json;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>Webhook bodies shaped exactly as Meta sends them, for tests that drive the frontend over HTTP.</summary>
public static class MetaWebhooks
{
    public const string PhoneNumberId = "106540352242922";

    public static string Text(string citizen, string messageId, string text) => Envelope($$"""
        "contacts": [{ "profile": { "name": "Citizen {{citizen[^4..]}}" }, "wa_id": "{{citizen}}" }],
        "messages": [{ "from": "{{citizen}}", "id": "{{messageId}}", "timestamp": "{{Now}}", "type": "text", "text": { "body": {{JsonSerializer.Serialize(text)}} } }]
        """);

    /// <summary>
    /// A text from a citizen Meta identifies by phone number, business-scoped user id, or both, as its newer payloads do.
    /// </summary>
    public static string TextFrom(string? phone, string? userId, string messageId, string text)
    {
        var ids = string.Join(", ", new[] { phone is null ? null : $"\"wa_id\": \"{phone}\"", userId is null ? null : $"\"user_id\": \"{userId}\"" }.OfType<string>());
        var sender = string.Join(", ", new[] { phone is null ? null : $"\"from\": \"{phone}\"", userId is null ? null : $"\"from_user_id\": \"{userId}\"" }.OfType<string>());
        return Envelope($$"""
            "contacts": [{ "profile": { "name": "Citizen" }, {{ids}} }],
            "messages": [{ {{sender}}, "id": "{{messageId}}", "timestamp": "{{Now}}", "type": "text", "text": { "body": {{JsonSerializer.Serialize(text)}} } }]
            """);
    }

    public static string ListReply(string citizen, string messageId, string rowId) => Envelope($$"""
        "contacts": [{ "profile": { "name": "Citizen {{citizen[^4..]}}" }, "wa_id": "{{citizen}}" }],
        "messages": [{ "from": "{{citizen}}", "id": "{{messageId}}", "timestamp": "{{Now}}", "type": "interactive",
          "interactive": { "type": "list_reply", "list_reply": { "id": {{JsonSerializer.Serialize(rowId)}}, "title": "row" } } }]
        """);

    public static string Status(string citizen, string messageId, string status) => Envelope($$"""
        "statuses": [{ "id": "{{messageId}}", "status": "{{status}}", "timestamp": "{{Now}}", "recipient_id": "{{citizen}}" }]
        """);

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string Envelope(string value) => $$"""
        { "object": "whatsapp_business_account", "entry": [{ "id": "102290129340398", "changes": [{ "field": "messages", "value": {
          "messaging_product": "whatsapp",
          "metadata": { "display_phone_number": "15550783881", "phone_number_id": "{{PhoneNumberId}}" },
          {{value}}
        } }] }] }
        """;
}
