using ManaMitra.Interfaces.Ledger;

namespace ManaMitra.Persistence.Ledger;

/// <summary>
/// The ledger of the embedded single process, in memory like the rest of its state: gone when it stops. One per silo,
/// so only a one-silo process has one chain (test clusters of several in-memory silos get one chain each).
/// </summary>
public sealed class MemoryLedgerStore(TimeProvider time) : ILedgerStore
{
    private readonly Lock _gate = new();
    private readonly List<LedgerEntry> _entries = [];
    private readonly SortedList<long, LedgerCheckpoint> _checkpoints = [];

    public Task<LedgerEntry> AppendAsync(LedgerFact fact, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var entry = _entries.Count == 0
                ? LedgerEntry.After(0, LedgerHash.Genesis(), time.GetUtcNow(), fact)
                : LedgerEntry.After(_entries[^1].Seq, _entries[^1].Hash, time.GetUtcNow(), fact);
            _entries.Add(entry);
            return Task.FromResult(entry);
        }
    }

    public Task<LedgerEntry?> LastAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_entries.Count == 0 ? null : _entries[^1]);
        }
    }

    public Task<IReadOnlyList<LedgerEntry>> RangeAsync(long from, long to, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            // Seq n is at index n - 1: nothing is ever removed.
            var first = (int)Math.Clamp(from - 1, 0, _entries.Count);
            var last = (int)Math.Clamp(to, first, _entries.Count);
            return Task.FromResult<IReadOnlyList<LedgerEntry>>(_entries.GetRange(first, last - first));
        }
    }

    public IAsyncEnumerable<LedgerEntry> AllAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _entries.ToArray().ToAsyncEnumerable();
        }
    }

    public Task<LedgerEntry?> LatestAsync(string kind, string subject, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_entries.LastOrDefault(e => e.Kind == kind && e.Subject == subject));
        }
    }

    public Task AddCheckpointAsync(LedgerCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _checkpoints.TryAdd(checkpoint.Seq, checkpoint);
            return Task.CompletedTask;
        }
    }

    public Task<LedgerCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_checkpoints.Count == 0 ? null : _checkpoints.Values[^1]);
        }
    }

    public Task<LedgerCheckpoint?> CheckpointCoveringAsync(long seq, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_checkpoints.Values.FirstOrDefault(c => c.Seq >= seq));
        }
    }

    public IAsyncEnumerable<LedgerCheckpoint> AllCheckpointsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _checkpoints.Values.ToArray().ToAsyncEnumerable();
        }
    }
}
