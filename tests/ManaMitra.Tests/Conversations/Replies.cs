using System.Text.Json;

namespace ManaMitra.Tests.Conversations;

/// <summary>Read access to the Cloud API bodies a citizen received, by what a person would look at.</summary>
public sealed class Replies(IReadOnlyList<string> bodies)
{
    public IReadOnlyList<JsonElement> Bodies { get; } = bodies.Select(b => JsonDocument.Parse(b).RootElement.Clone()).ToList();

    /// <summary>Messages a citizen sees; read receipts are not messages.</summary>
    public IReadOnlyList<JsonElement> Messages => Bodies.Where(b => b.TryGetProperty("type", out _)).ToList();

    public bool HasReadReceipt => Bodies.Any(IsReadReceipt);

    public static bool IsReadReceipt(string body) => IsReadReceipt(JsonDocument.Parse(body).RootElement);

    private static bool IsReadReceipt(JsonElement body) => body.TryGetProperty("status", out var s) && s.GetString() == "read";

    public JsonElement Last => Messages.Count > 0 ? Messages[^1] : throw new InvalidOperationException("no message was sent");

    public static string TextOf(JsonElement message) => message.GetProperty("type").GetString() switch
    {
        "text" => message.GetProperty("text").GetProperty("body").GetString()!,
        "interactive" => message.GetProperty("interactive").GetProperty("body").GetProperty("text").GetString()!,
        var other => throw new InvalidOperationException($"no text in a {other} message"),
    };

    public IReadOnlyList<string> Texts => Messages.Select(TextOf).ToList();

    /// <summary>The (id, title) of every row of the last message, a list.</summary>
    public IReadOnlyList<(string Id, string Title)> Rows => Last.GetProperty("interactive").GetProperty("action").GetProperty("sections")
        .EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray())
        .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("title").GetString()!)).ToList();

    /// <summary>The (id, title) of every reply button of the last message.</summary>
    public IReadOnlyList<(string Id, string Title)> Buttons => Last.GetProperty("interactive").GetProperty("action").GetProperty("buttons")
        .EnumerateArray().Select(b => b.GetProperty("reply"))
        .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("title").GetString()!)).ToList();

    public string InteractiveType => Last.GetProperty("interactive").GetProperty("type").GetString()!;
}
