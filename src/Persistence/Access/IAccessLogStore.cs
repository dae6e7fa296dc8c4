using ManaMitra.Interfaces.Access;

namespace ManaMitra.Persistence.Access;

/// <summary>
/// Where the access log is kept: PostgreSQL in a cluster (<see cref="PostgresAccessLogStore"/>), memory in the
/// embedded single process (<see cref="MemoryAccessLogStore"/>). Rows are only ever added and, past the retention
/// period, deleted.
/// </summary>
public interface IAccessLogStore
{
    /// <summary>Keeps <paramref name="records"/>; returns once they are stored, and throws if they could not be.</summary>
    Task AppendAsync(IReadOnlyList<AccessRecord> records, CancellationToken cancellationToken = default);

    /// <summary>
    /// What the query's actor touched in its range, grouped by citizen key, reference, kind and key, in that order
    /// (ordinal; records without a citizen key last); at most <paramref name="limit"/> groups, all when null.
    /// </summary>
    IAsyncEnumerable<AccessTouch> TouchedAsync(AccessQuery query, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row from before <paramref name="before"/>; returns how many.</summary>
    Task<long> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
