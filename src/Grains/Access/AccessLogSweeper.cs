using ManaMitra.Grains.Retention;
using ManaMitra.Observability;
using ManaMitra.Persistence.Access;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Access;

/// <summary>
/// Deletes access log rows older than <see cref="RetentionOptions.AccessLog"/>, at start and then every
/// <see cref="Period"/>. Every silo runs one, as every silo runs the ledger's checkpoints: deleting what another silo
/// deleted already deletes nothing, so none needs to be chosen.
/// </summary>
public sealed partial class AccessLogSweeper(
    IAccessLogStore store,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    AccessLogMetrics metrics,
    ILogger<AccessLogSweeper> logger) : BackgroundService
{
    /// <summary>Retention is counted in days: an hour late is nothing, and an hourly query on an index costs nothing.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    /// <summary>Deletes the rows past their time now; returns how many.</summary>
    public async Task<long> SweepAsync(CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteBeforeAsync(time.GetUtcNow() - options.Value.AccessLog, cancellationToken);
        metrics.Swept(deleted);
        if (deleted > 0)
        {
            LogSwept(deleted, options.Value.AccessLog.TotalDays);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            do
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database is unwell; the next period deletes whatever this one could not.
                    metrics.SweepFailed();
                    LogSweepFailed(e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: another silo, or this one's next start, sweeps.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Access log: {Count} row(s) older than {Days} days deleted")]
    private partial void LogSwept(long count, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access log retention sweep failed; trying again next period")]
    private partial void LogSweepFailed(Exception exception);
}
