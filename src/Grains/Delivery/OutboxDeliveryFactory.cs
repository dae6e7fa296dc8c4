using ManaMitra.Conversations;
using ManaMitra.Interfaces.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// Makes a citizen grain's <see cref="OutboxDelivery"/> from the silo's dispatcher, clock and options, the grain's own
/// state and a wake-up that calls the grain.
/// </summary>
public sealed partial class OutboxDeliveryFactory(
    IGrainFactory grains,
    OutboundDispatcher dispatcher,
    TimeProvider time,
    IOptions<OutboundOptions> options,
    IOptions<ChatOptions> chatOptions,
    ILogger<OutboxDelivery> logger)
{
    /// <param name="citizenId">The citizen grain's key.</param>
    /// <param name="settled">Called once the conversation has settled (see <see cref="OutboxDelivery"/>).</param>
    public OutboxDelivery For(string citizenId, IOutboxStore store, Action settled) => new(
        citizenId,
        store,
        new CallingWakeUpTimer(grains, citizenId, time, logger),
        settled,
        dispatcher,
        time,
        options.Value,
        chatOptions.Value.SentEntriesKept,
        logger);

    /// <summary>
    /// Wakes the grain by calling its <see cref="IOutboxDelivery.Wake"/>, so the wake-up is a turn like any message and
    /// never races a state change. A plain timer rather than a grain timer: an activation keeps its registry of grain
    /// timers for good once it has had one (about 200 bytes in every resident conversation, BENCHMARKS.md), while this
    /// one is gone once stopped, which the grain also does when it deactivates, or the call would bring it back.
    /// </summary>
    private sealed partial class CallingWakeUpTimer(IGrainFactory grains, string citizenId, TimeProvider time, ILogger logger) : IWakeUpTimer
    {
        private ITimer? _timer;

        public void WakeIn(TimeSpan due)
        {
            if (_timer is null)
            {
                // Made in a turn of the grain, whose request context (the call it was answering, its trace) must not
                // ride along on a wake-up that is a call of its own.
                using (ExecutionContext.SuppressFlow())
                {
                    _timer = time.CreateTimer(static self => _ = ((CallingWakeUpTimer)self!).WakeAsync(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                }
            }

            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }

        public void Stop()
        {
            _timer?.Dispose();
            _timer = null;
        }

        // A wake-up that fails (the silo shutting down, a call timing out) is not retried: the conversation's next
        // message, or the sweep once its row has been pending two periods, wakes it instead.
        private async Task WakeAsync()
        {
            try
            {
                await grains.GetGrain<IOutboxDelivery>(citizenId).Wake();
            }
            catch (Exception e)
            {
                LogWakeUpFailed(e);
            }
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "An outbox wake-up call failed; the next message or the sweep resumes it")]
        private partial void LogWakeUpFailed(Exception exception);
    }
}
