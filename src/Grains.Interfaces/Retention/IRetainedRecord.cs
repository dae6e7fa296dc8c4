namespace ManaMitra.Interfaces.Retention;

/// <summary>
/// A record kept for its class's retention once its case is over, then erased whole by each silo's retention sweep
/// (docs/PRIVACY.md#retention). What a law keeps longer lives elsewhere: an issued certificate's registry entry, the
/// ledger.
/// </summary>
public interface IRetainedRecord : IGrainWithStringKey
{
    /// <summary>
    /// Erases the record if its case is over and nothing has happened to it since <paramref name="quietSince"/>; an
    /// open case, or one that moved since, stays. Harmless to repeat.
    /// </summary>
    /// <returns>Whether the record was erased by this call.</returns>
    Task<bool> Expire(DateTimeOffset quietSince);
}
