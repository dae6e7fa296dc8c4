using System.Text.Json;

namespace ManaMitra.Tests.Cluster;

/// <summary>Meta-shaped webhook bodies for one citizen: typed text, a tapped button or list row, a delivery status.</summary>
public static class CitizenWebhooks
{
    public const string PhoneNumberId = "106540352242922";

    public static string Text(string citizen, string wamid, string text) => Message(citizen, $$"""
        "id": "{{wamid}}", "type": "text", "text": { "body": {{JsonSerializer.Serialize(text)}} }
        """);

    /// <summary>A tapped list row (WhatsApp sends the row id back); the conversation treats buttons the same way.</summary>
    public static string Choice(string citizen, string wamid, string choiceId) => Message(citizen, $$"""
        "id": "{{wamid}}", "type": "interactive", "interactive": { "type": "list_reply", "list_reply": { "id": "{{choiceId}}", "title": "choice" } }
        """);

    public static string Status(string citizen, string sentMessageId, string status) => Envelope($$"""
        "statuses": [{ "id": "{{sentMessageId}}", "status": "{{status}}", "timestamp": "{{Now}}", "recipient_id": "{{citizen}}" }]
        """);

    private static string Message(string citizen, string fields) => Envelope($$"""
        "contacts": [{ "profile": { "name": "Citizen {{citizen[^4..]}}" }, "wa_id": "{{citizen}}" }],
        "messages": [{ "from": "{{citizen}}", "timestamp": "{{Now}}", {{fields}} }]
        """);

    private static string Envelope(string value) => $$"""
        { "object": "whatsapp_business_account", "entry": [{ "id": "102290129340398", "changes": [{ "field": "messages", "value": {
          "messaging_product": "whatsapp",
          "metadata": { "display_phone_number": "15550783881", "phone_number_id": "{{PhoneNumberId}}" },
          {{value}}
        } }] }] }
        """;

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
