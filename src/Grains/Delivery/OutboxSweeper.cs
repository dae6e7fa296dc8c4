using ManaMitra.Grains.Citizens;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// On PostgreSQL, once a period (<see cref="OutboundOptions.WakeUpPeriod"/>): finds the conversations whose stored
/// outbox has said "pending" for two periods (<see cref="PendingStates"/>) — a living grain sends, then settles a
/// period after its last reply, which clears the flag — and wakes each; activating it on a live silo hands its oldest
/// pending entry over. That is the whole of crash
/// recovery for replies: no reminder per conversation (registering one was a statement of its own on every first
/// contact, and slowed a burst of new citizens fivefold), only one indexed query per silo per period. Every silo
/// sweeps; a grain woken twice is woken once, as an activation takes one call at a time.
/// </summary>
public sealed partial class OutboxSweeper(
    PendingStates pending,
    IGrainFactory grains,
    IOptions<OutboundOptions> options,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    // Grains asked per query; a longer backlog (a whole silo's citizens after a crash) is taken in rounds at once.
    private const int Round = 1000;

    // Wakes in flight at once: each activates a grain and reads its state.
    private const int Concurrency = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = options.Value.WakeUpPeriod;
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(period, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the next sweep, on this silo or another, finds what is left.
        }
    }

    private async Task SweepAsync(TimeSpan period, CancellationToken stoppingToken)
    {
        try
        {
            IReadOnlyList<GrainId> stale;
            do
            {
                stale = await pending.StaleAsync(CitizenChatGrain.StateName, 2 * period, Round, stoppingToken);
                await Parallel.ForEachAsync(stale, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = stoppingToken }, WakeAsync);
            }
            while (stale.Count == Round);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database or the cluster is unwell; the next period tries again.
            LogSweepFailed(e);
        }
    }

    private async ValueTask WakeAsync(GrainId grain, CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IOutboxDelivery>(grain.Key.ToString()!).Wake();
        }
        catch (Exception e)
        {
            LogWakeFailed(e, grain.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox sweep failed; trying again next period")]
    private partial void LogSweepFailed(Exception exception);

    // The grain id holds the citizen's number; every log provider is wrapped to mask it (RedactingLoggerProvider).
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not wake the pending outbox of {Grain}")]
    private partial void LogWakeFailed(Exception exception, string grain);
}
