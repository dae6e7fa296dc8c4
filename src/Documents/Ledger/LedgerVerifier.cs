using ManaMitra.Interfaces.Ledger;

namespace ManaMitra.Documents.Ledger;

/// <summary>
/// Walks the ledger from its first entry, recomputing every hash and checking every checkpoint against the published
/// keys, and stops at the first thing that does not hold. It trusts nothing the database says about itself: only the
/// JWK Set it is given. Entries and checkpoints are read as they are walked, in order of seq, so a ledger of any
/// length takes one page of each in memory. What it proves, and what it cannot: docs/LEDGER.md.
/// </summary>
public static class LedgerVerifier
{
    public static async Task<LedgerVerification> VerifyAsync(
        IAsyncEnumerable<LedgerEntry> entries, IAsyncEnumerable<LedgerCheckpoint> checkpoints, JsonWebKeySet keys, CancellationToken cancellationToken = default)
    {
        await using var signed = checkpoints.GetAsyncEnumerator(cancellationToken);
        var next = await signed.MoveNextAsync() ? signed.Current : null;
        long seq = 0;
        var hash = LedgerHash.Genesis();
        var verified = 0;
        LedgerCheckpoint? last = null;
        LedgerVerification Broken(long at, LedgerProblem problem, string detail) => new(seq, verified, last, new LedgerBreak(at, problem, detail));

        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (entry.Seq != seq + 1)
            {
                return Broken(seq + 1, LedgerProblem.Missing, entry.Seq == seq + 2
                    ? $"entry {seq + 1} is missing: entry {entry.Seq} follows entry {seq}"
                    : $"entries {seq + 1} to {entry.Seq - 1} are missing: entry {entry.Seq} follows entry {seq}");
            }

            if (!entry.PrevHash.AsSpan().SequenceEqual(hash))
            {
                return Broken(entry.Seq, LedgerProblem.Unlinked,
                    $"its prev_hash is not the hash of entry {seq}: entry {seq} was replaced, its hash recomputed, or entries before it were removed and renumbered");
            }

            if (!entry.HashHolds())
            {
                return Broken(entry.Seq, LedgerProblem.Edited, "its fields do not give its hash: it was edited after it was written");
            }

            (seq, hash) = (entry.Seq, entry.Hash);
            // Entries run from 1 without gaps up to here, so a checkpoint at or below this seq is at this seq.
            if (next is not null && next.Seq <= seq)
            {
                if (LedgerSeal.Problem(next, keys) is { } problem)
                {
                    return Broken(next.Seq, LedgerProblem.BadCheckpoint, $"the checkpoint at {next.Seq} {problem}");
                }

                if (next.Seq != seq || !next.Hash.AsSpan().SequenceEqual(hash))
                {
                    return Broken(seq, LedgerProblem.Rewritten,
                        $"the chain's hash at {seq} is not the one signed at {LedgerHash.Time(next.At)}: an entry after {last?.Seq ?? 0} " +
                        "was changed and every hash after it recomputed");
                }

                (verified, last) = (verified + 1, next);
                next = await signed.MoveNextAsync() ? signed.Current : null;
            }
        }

        if (next is not null)
        {
            return LedgerSeal.Problem(next, keys) is { } problem
                ? Broken(next.Seq, LedgerProblem.BadCheckpoint, $"the checkpoint at {next.Seq} {problem}")
                : Broken(seq + 1, LedgerProblem.Truncated, $"the checkpoint at {next.Seq} signs {next.Seq} entries and only {seq} are left: the last were removed");
        }

        return new LedgerVerification(seq, verified, last, null);
    }
}
