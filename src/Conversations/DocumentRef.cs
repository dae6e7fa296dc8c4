namespace ManaMitra.Conversations;

/// <summary>A document issued to this citizen, remembered so "my documents" can list it and send it again.</summary>
[GenerateSerializer, Immutable]
public sealed record DocumentRef(
    [property: Id(0)] string Id,
    [property: Id(1)] string TitleEn,
    [property: Id(2)] string TitleTe,
    [property: Id(3)] DateTimeOffset IssuedAt);
