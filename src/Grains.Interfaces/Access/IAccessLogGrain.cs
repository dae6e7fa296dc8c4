namespace ManaMitra.Interfaces.Access;

/// <summary>
/// The access log (docs/BREACH.md) on whichever silo: a frontend records and audits through it rather than holding
/// database connections of its own. Key 0; a stateless worker.
/// </summary>
public interface IAccessLogGrain : IGrainWithIntegerKey
{
    /// <summary>Keeps <paramref name="records"/>; returns once they are stored, and throws if they could not be.</summary>
    Task Record(IReadOnlyList<AccessRecord> records);

    /// <summary>What <see cref="AccessQuery.Actor"/> touched in the range, up to <paramref name="limit"/> rows.</summary>
    Task<AccessAudit> Audit(AccessQuery query, int limit);
}
