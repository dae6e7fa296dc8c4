using ManaMitra.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// Makes a citizen grain's <see cref="OutboxDelivery"/> from the silo's dispatcher, clock and options and the grain's
/// own state and grain timer.
/// </summary>
public sealed class OutboxDeliveryFactory(
    OutboundDispatcher dispatcher,
    TimeProvider time,
    IOptions<OutboundOptions> options,
    IOptions<ChatOptions> chatOptions,
    ILogger<OutboxDelivery> logger)
{
    /// <param name="grain">The citizen's grain.</param>
    /// <param name="settled">Called once the conversation has settled (see <see cref="OutboxDelivery"/>).</param>
    public OutboxDelivery For(Grain grain, IOutboxStore store, Action settled) => new(
        grain.GetPrimaryKeyString(),
        store,
        new GrainWakeUpTimer(grain),
        settled,
        dispatcher,
        time,
        options.Value,
        chatOptions.Value.SentEntriesKept,
        logger);

    private sealed class GrainWakeUpTimer(Grain grain) : IWakeUpTimer
    {
        private IGrainTimer? _timer;
        private Func<Task>? _wake;

        public void WakeIn(TimeSpan due, Func<Task> wake)
        {
            _wake = wake;
            // Not interleaved: the wake-up is a turn of the grain like any message, so it never races a state change.
            _timer ??= grain.RegisterGrainTimer(_ => _wake?.Invoke() ?? Task.CompletedTask,
                new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = false });
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }

        public void Stop()
        {
            _timer?.Dispose();
            _timer = null;
            _wake = null;
        }
    }
}
