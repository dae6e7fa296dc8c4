using ManaMitra.Interfaces.Ledger;

namespace ManaMitra.Persistence.Ledger;

/// <summary>
/// Where the ledger's entries and checkpoints are kept: PostgreSQL in a cluster (<see cref="PostgresLedgerStore"/>),
/// memory in the embedded single process (<see cref="MemoryLedgerStore"/>). Appending numbers, times and chains the
/// entry; everything else only reads, apart from adding checkpoints.
/// </summary>
public interface ILedgerStore
{
    /// <summary>Records <paramref name="fact"/> as the next entry, chained to the last; safe from any number of silos at once.</summary>
    Task<LedgerEntry> AppendAsync(LedgerFact fact, CancellationToken cancellationToken = default);

    /// <summary>The last entry; null while the ledger is empty.</summary>
    Task<LedgerEntry?> LastAsync(CancellationToken cancellationToken = default);

    /// <summary>The entries numbered <paramref name="from"/> to <paramref name="to"/>, both included, in order.</summary>
    Task<IReadOnlyList<LedgerEntry>> RangeAsync(long from, long to, CancellationToken cancellationToken = default);

    /// <summary>Every entry, in order, read a page at a time as it is walked: what the verifier reads.</summary>
    IAsyncEnumerable<LedgerEntry> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest entry of <paramref name="kind"/> about <paramref name="subject"/>; null when there is none.</summary>
    Task<LedgerEntry?> LatestAsync(string kind, string subject, CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="checkpoint"/>; one already kept at its seq stands.</summary>
    Task AddCheckpointAsync(LedgerCheckpoint checkpoint, CancellationToken cancellationToken = default);

    /// <summary>The checkpoint with the highest seq; null before the first.</summary>
    Task<LedgerCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken = default);

    /// <summary>The first checkpoint at or after <paramref name="seq"/>: the one whose signature covers that entry.</summary>
    Task<LedgerCheckpoint?> CheckpointCoveringAsync(long seq, CancellationToken cancellationToken = default);

    /// <summary>Every checkpoint, in order of seq, read a page at a time: the verifier walks them beside the entries.</summary>
    IAsyncEnumerable<LedgerCheckpoint> AllCheckpointsAsync(CancellationToken cancellationToken = default);
}
