namespace ManaMitra.Grains.Ledger;

/// <summary>
/// <c>ManaMitra:Ledger</c>: how often the ledger is signed. Whatever was appended after the last checkpoint is what a
/// database administrator could still rewrite unnoticed, so checkpoints bound that window in entries and in time.
/// </summary>
public sealed class LedgerOptions
{
    public const string Section = "ManaMitra:Ledger";

    /// <summary>A checkpoint after every this many entries (<c>ManaMitra__Ledger__CheckpointEvery</c>); also how many digests a proof carries at most.</summary>
    public int CheckpointEvery { get; set; } = 100;

    /// <summary>
    /// A checkpoint at least this often while entries come (<c>ManaMitra__Ledger__CheckpointInterval</c>): every silo
    /// looks once a period and signs unless another did within it.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);
}
