using ManaMitra.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// Makes a citizen grain's <see cref="OutboxDelivery"/> from the silo's dispatcher, clock and options and the grain's
/// own state, grain timer and reminder.
/// </summary>
public sealed class OutboxDeliveryFactory(
    OutboundDispatcher dispatcher,
    TimeProvider time,
    IOptions<OutboundOptions> options,
    IOptions<ChatOptions> chatOptions,
    ILogger<OutboxDelivery> logger)
{
    /// <param name="grain">The citizen's grain; it must be <see cref="IRemindable"/> and pass <paramref name="reminderName"/>'s ticks on.</param>
    public OutboxDelivery For(Grain grain, string reminderName, IOutboxStore store) => new(
        grain.GetPrimaryKeyString(),
        store,
        new GrainWakeUpTimer(grain),
        new GrainOutboxReminder(grain, reminderName),
        dispatcher,
        time,
        options.Value,
        chatOptions.Value.SentEntriesKept,
        logger);

    private sealed class GrainWakeUpTimer(Grain grain) : IWakeUpTimer
    {
        private IGrainTimer? _timer;
        private Action? _wake;

        public void WakeIn(TimeSpan due, Action wake)
        {
            _wake = wake;
            // Not interleaved: the wake-up is a turn of the grain like any message, so it never races a state change.
            _timer ??= grain.RegisterGrainTimer(_ =>
            {
                _wake?.Invoke();
                return Task.CompletedTask;
            }, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = false });
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }

        public void Stop()
        {
            _timer?.Dispose();
            _timer = null;
            _wake = null;
        }
    }

    private sealed class GrainOutboxReminder(Grain grain, string name) : IOutboxReminder
    {
        public Task RegisterAsync(TimeSpan period) => grain.RegisterOrUpdateReminder(name, period, period);

        public async Task UnregisterAsync()
        {
            if (await grain.GetReminder(name) is { } reminder)
            {
                await grain.UnregisterReminder(reminder);
            }
        }
    }
}
