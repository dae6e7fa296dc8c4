using ManaMitra.Interfaces.Ledger;
using ManaMitra.Persistence.Ledger;
using Orleans.Concurrency;

namespace ManaMitra.Grains.Ledger;

/// <inheritdoc cref="ILedgerGrain"/>
[StatelessWorker]
public sealed class LedgerGrain(ILedgerStore store) : Grain, ILedgerGrain
{
    public async Task<LedgerProof?> ProveDocument(string documentId)
    {
        if (await store.LatestAsync(LedgerFacts.DocumentIssued, documentId) is not { } entry)
        {
            return null;
        }

        if (await store.CheckpointCoveringAsync(entry.Seq) is not { } checkpoint)
        {
            return new LedgerProof(entry, [], null);
        }

        // Digests from the stored rows: if one of them was edited, the proof fails its check, as it should.
        var following = await store.RangeAsync(entry.Seq + 1, checkpoint.Seq);
        return new LedgerProof(entry, [.. following.Select(e => e.Digest())], checkpoint);
    }

    public Task<LedgerCheckpoint?> LatestCheckpoint() => store.LastCheckpointAsync();
}
