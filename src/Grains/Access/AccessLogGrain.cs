using ManaMitra.Interfaces.Access;
using ManaMitra.Observability;
using ManaMitra.Persistence.Access;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace ManaMitra.Grains.Access;

/// <inheritdoc cref="IAccessLogGrain"/>
/// <remarks>
/// Reentrant: it holds nothing, and the calls of concurrent page loads must reach the store together to share one
/// statement (<see cref="PostgresAccessLogStore"/>) rather than queue here one round trip each.
/// </remarks>
[StatelessWorker, Reentrant]
public sealed partial class AccessLogGrain(IAccessLogStore store, AccessLogMetrics metrics, ILogger<AccessLogGrain> logger) : Grain, IAccessLogGrain
{
    public async Task Record(IReadOnlyList<AccessRecord> records)
    {
        try
        {
            await store.AppendAsync(records);
        }
        catch (Exception e)
        {
            // The caller refuses the read it was logging; this says why, for whoever looks at the silo.
            metrics.Failed(records.Count);
            LogFailed(e, records.Count);
            throw;
        }

        metrics.Stored(records.Count);
    }

    public async Task<AccessAudit> Audit(AccessQuery query, int limit)
    {
        // One more than shown says whether there were more.
        var touches = await store.TouchedAsync(query, limit + 1).ToListAsync();
        return new AccessAudit([.. touches.Take(limit)], touches.Count > limit);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Access log: {Count} record(s) not stored; the read they logged was refused")]
    private partial void LogFailed(Exception exception, int count);
}
