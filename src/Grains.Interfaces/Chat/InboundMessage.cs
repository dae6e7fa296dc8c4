namespace ManaMitra.Interfaces.Chat;

/// <summary>
/// One message a citizen sent, reduced from Meta's webhook envelope to what the conversation needs.
/// The frontend builds it; the citizen's grain consumes it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record InboundMessage
{
    /// <summary>Meta's message id (<c>wamid.…</c>); the dedupe key, since Meta redelivers for up to 7 days.</summary>
    [Id(0)] public required string MessageId { get; init; }

    /// <summary>
    /// The key of the conversation it belongs to: a keyed hash of the sender's <c>wa_id</c> (phone number) or, when
    /// Meta withholds it, business-scoped user id, never the number itself (the frontend's <c>CitizenKeys</c>).
    /// </summary>
    [Id(1)] public required string CitizenId { get; init; }

    /// <summary>
    /// Where the answer goes: the sender's <c>wa_id</c> (phone number) or business-scoped user id, as this message
    /// named them. The conversation keeps the latest, in its state, to address what it sends.
    /// </summary>
    [Id(9)] public required string ReplyTo { get; init; }

    [Id(2)] public required DateTimeOffset SentAt { get; init; }

    [Id(3)] public required InboundKind Kind { get; init; }

    /// <summary>The words the citizen chose: typed text, a tapped button's or row's title, or a media caption.</summary>
    [Id(4)] public string? Text { get; init; }

    /// <summary>The id of a tapped reply button or list row (or a template button's payload).</summary>
    [Id(5)] public string? ReplyId { get; init; }

    /// <summary>The profile name WhatsApp shows for the citizen; used only to greet them.</summary>
    [Id(6)] public string? ProfileName { get; init; }

    [Id(7)] public GeoPoint? Location { get; init; }

    /// <summary>Cloud API media id of an image, document, audio, video or sticker.</summary>
    [Id(8)] public string? MediaId { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record GeoPoint([property: Id(0)] double Latitude, [property: Id(1)] double Longitude, [property: Id(2)] string? Name, [property: Id(3)] string? Address);
