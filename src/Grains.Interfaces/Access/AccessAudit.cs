namespace ManaMitra.Interfaces.Access;

/// <summary>What a breach audit asks: everything one actor touched from <see cref="From"/> (included) to <see cref="To"/> (excluded).</summary>
[GenerateSerializer, Immutable]
public sealed record AccessQuery(
    [property: Id(0)] string Actor,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To);

/// <summary>
/// One record the actor touched in one way, with which key, how often, first and last, and from which addresses:
/// the log's rows grouped by citizen, reference, kind and key.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AccessTouch(
    [property: Id(0)] string? CitizenKey,
    [property: Id(1)] string Reference,
    [property: Id(2)] string Kind,
    [property: Id(3)] string? KeyFingerprint,
    [property: Id(4)] long Count,
    [property: Id(5)] DateTimeOffset First,
    [property: Id(6)] DateTimeOffset Last,
    [property: Id(7)] IReadOnlyList<string> Clients);

/// <param name="Touches">By citizen key (none last), reference, kind and key.</param>
/// <param name="Truncated">More rows matched than the console shows; the <c>audit-access</c> command lists them all.</param>
[GenerateSerializer, Immutable]
public sealed record AccessAudit(
    [property: Id(0)] IReadOnlyList<AccessTouch> Touches,
    [property: Id(1)] bool Truncated)
{
    /// <summary>How many citizens' records were touched (a record holding no citizen id counts as none).</summary>
    public int Citizens => Touches.Where(t => t.CitizenKey is not null).Select(t => t.CitizenKey).Distinct(StringComparer.Ordinal).Count();
}
