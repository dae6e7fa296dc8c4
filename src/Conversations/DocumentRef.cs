using ManaMitra.Languages;

namespace ManaMitra.Conversations;

/// <summary>A document issued to this citizen, remembered so "my documents" can list it and send it again.</summary>
[GenerateSerializer, Immutable]
public sealed record DocumentRef(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Title,
    [property: Id(2)] DateTimeOffset IssuedAt);
