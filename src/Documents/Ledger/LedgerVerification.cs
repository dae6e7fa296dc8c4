using ManaMitra.Interfaces.Ledger;

namespace ManaMitra.Documents.Ledger;

/// <summary>What <see cref="LedgerVerifier"/> found: the chain as far as it holds, and where it broke if it did.</summary>
/// <param name="Entries">Entries that verified, from seq 1: all of them when the chain is intact.</param>
/// <param name="LastCheckpoint">The last checkpoint that verified, signature and hash.</param>
public sealed record LedgerVerification(long Entries, int Checkpoints, LedgerCheckpoint? LastCheckpoint, LedgerBreak? Break)
{
    public bool Intact => Break is null;

    /// <summary>Entries after the last verified checkpoint: what a rewrite could still have changed unseen.</summary>
    public long Unsealed => Entries - (LastCheckpoint?.Seq ?? 0);
}

/// <summary>The first place the ledger does not hold, and why.</summary>
public sealed record LedgerBreak(long Seq, LedgerProblem Problem, string Detail);

public enum LedgerProblem
{
    /// <summary>The entry's fields do not give its hash: edited after it was written.</summary>
    Edited,

    /// <summary>No entry with this seq, though later ones exist: removed.</summary>
    Missing,

    /// <summary>The entry's prev_hash is not its predecessor's hash: the predecessor was replaced, or entries removed and renumbered.</summary>
    Unlinked,

    /// <summary>The chain's hash at a checkpoint is not the signed one: entries before it were rewritten, hashes and all.</summary>
    Rewritten,

    /// <summary>A checkpoint whose signature does not hold (or whose row disagrees with what it signed).</summary>
    BadCheckpoint,

    /// <summary>A valid checkpoint signs more entries than are left: the last were removed.</summary>
    Truncated,
}
