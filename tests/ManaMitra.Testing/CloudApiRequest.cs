using System.Text.Json;

namespace ManaMitra.Testing;

/// <summary>A request the fake Cloud API recorded: the path's version and phone number id, its headers of note, its body.</summary>
/// <param name="TraceParent">The W3C trace context the sender propagated (empty when none).</param>
public sealed record CloudApiRequest(string Version, string PhoneNumberId, string Authorization, JsonElement Body, string TraceParent)
{
    public bool IsReadReceipt => IsReadReceiptBody(Body);

    /// <summary>The recipient of a message; null for a read receipt, which names the message it marks instead.</summary>
    public string? To => Body.TryGetProperty("to", out var to) ? to.GetString() : null;

    /// <summary>The citizen's message a read receipt marks as read; null for a message.</summary>
    public string? MarksRead => IsReadReceipt ? Body.GetProperty("message_id").GetString() : null;

    // A read receipt is the one body with a status ("read"); everything else sent to /messages is a message.
    internal static bool IsReadReceiptBody(JsonElement body) => body.TryGetProperty("status", out _);
}
