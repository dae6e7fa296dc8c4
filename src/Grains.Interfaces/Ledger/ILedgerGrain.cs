namespace ManaMitra.Interfaces.Ledger;

/// <summary>
/// The ledger read for the public, on whichever silo: a frontend asks through it rather than holding database
/// connections of its own. Key 0; a stateless worker.
/// </summary>
public interface ILedgerGrain : IGrainWithIntegerKey
{
    /// <summary>The proof of the latest <c>document.issued</c> entry of <paramref name="documentId"/>; null when the ledger has none.</summary>
    Task<LedgerProof?> ProveDocument(string documentId);

    /// <summary>The latest checkpoint, for anyone who keeps copies of them to hold the ledger to its past; null before the first.</summary>
    Task<LedgerCheckpoint?> LatestCheckpoint();
}
