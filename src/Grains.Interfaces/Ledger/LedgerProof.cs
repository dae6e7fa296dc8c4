namespace ManaMitra.Interfaces.Ledger;

/// <summary>
/// What proves an entry without trusting the server: the entry itself, the digests of every entry after it up to the
/// first checkpoint at or after it, and that checkpoint. Chaining the entry's hash through those digests must give the
/// checkpoint's signed hash (docs/LEDGER.md). Without a checkpoint yet (the entry is newer than the last one), only
/// the entry: try again after the next checkpoint.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LedgerProof(
    [property: Id(0)] LedgerEntry Entry,
    [property: Id(1)] IReadOnlyList<byte[]> Following,
    [property: Id(2)] LedgerCheckpoint? Checkpoint);
