using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Grains;

/// <summary>
/// A silo's periodic sweep over stored grain states (<see cref="ManaMitra.Persistence.GrainStateScans"/>): once a
/// period, asks for the grains in need, in rounds until a round comes back short, and calls each, a few at a time.
/// Each round starts after the last grain of the one before, so a grain its call leaves as it was (a record not yet
/// due, a call that failed) is called once per sweep, not again and again within it.
/// Every silo sweeps; a grain called twice is called once, as an activation takes one call at a time, so what each
/// sweep asks of a grain must be harmless to repeat.
/// </summary>
public abstract partial class GrainSweep(ILogger logger) : BackgroundService
{
    // Grains asked per query; a longer backlog (a whole silo's citizens after a crash) is taken in rounds at once.
    private const int Round = 1000;

    // Calls in flight at once: each activates a grain and reads its state.
    private const int Concurrency = 32;

    /// <summary>How often the sweep runs.</summary>
    protected abstract TimeSpan Period { get; }

    /// <summary>Whether the first sweep runs as the silo starts, rather than a period later.</summary>
    protected virtual bool SweepAtStart => false;

    /// <summary>Up to <paramref name="limit"/> grains to call this round, in the order of their ids, after <paramref name="after"/> (null: from the first).</summary>
    protected abstract Task<IReadOnlyList<GrainId>> FindAsync(GrainId? after, int limit, CancellationToken cancellationToken);

    protected abstract Task CallAsync(GrainId grain);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            if (SweepAtStart)
            {
                await SweepAsync(stoppingToken);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the next sweep, on this silo or another, finds what is left.
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            IReadOnlyList<GrainId> found;
            GrainId? after = null;
            do
            {
                found = await FindAsync(after, Round, stoppingToken);
                await Parallel.ForEachAsync(found, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = stoppingToken }, CallOneAsync);
                after = found.Count > 0 ? found[^1] : after;
            }
            while (found.Count == Round);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database or the cluster is unwell; the next period tries again.
            LogSweepFailed(e, GetType().Name);
        }
    }

    private async ValueTask CallOneAsync(GrainId grain, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync(grain);
        }
        catch (Exception e)
        {
            LogCallFailed(e, GetType().Name, grain.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Sweep} failed; trying again next period")]
    private partial void LogSweepFailed(Exception exception, string sweep);

    // The grain id may hold a citizen's key; every log provider is wrapped to mask numbers (RedactingLoggerProvider).
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Sweep} could not call {Grain}")]
    private partial void LogCallFailed(Exception exception, string sweep, string grain);
}
