using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// Drains one citizen's outbox through the silo's dispatcher one entry at a time, in order, without holding the grain's
/// turn while the Cloud API answers: the oldest pending entry is handed over, and the next only once the dispatcher
/// reports how it ended (or it has been out too long). While unsent entries exist a reminder keeps watch, so they leave
/// even if the silo holding them dies and the citizen never writes again. Owned by the citizen's grain and called only
/// in its turns, so it needs no locks.
/// </summary>
public sealed partial class OutboxDelivery(
    string citizenId,
    IOutboxStore store,
    IWakeUpTimer wakeUp,
    IOutboxReminder reminder,
    IOutboundQueue dispatcher,
    TimeProvider time,
    OutboundOptions options,
    int sentEntriesKept,
    ILogger<OutboxDelivery> logger)
{
    private long? _inFlight;
    private DateTimeOffset _inFlightSince;

    // When this activation last queued something; a reminder tick within a period of it keeps the watch for the
    // conversation's next message instead of unregistering and registering again minutes apart.
    private DateTimeOffset _lastQueued;

    /// <summary>
    /// Makes sure a reminder watches an outbox about to hold unsent entries; called just before the state write that
    /// queues them. The reminder is registered before that write records it, so a stored
    /// <see cref="IOutboxStore.Watched"/> always means a reminder exists; a failed write leaves at most a reminder that
    /// finds nothing and unregisters itself.
    /// </summary>
    public async Task WatchAsync()
    {
        if (!store.Outbox.HasPending)
        {
            return;
        }

        _lastQueued = time.GetUtcNow();
        if (!store.Watched)
        {
            await reminder.RegisterAsync(options.WakeUpPeriod);
            store.Watched = true;
        }
    }

    /// <summary>Hands the oldest pending entry to the dispatcher, unless one is already out or it must wait.</summary>
    public void DispatchNext()
    {
        var now = time.GetUtcNow();
        if (_inFlight is not null)
        {
            if (now - _inFlightSince < options.InFlightTimeout)
            {
                return;
            }

            _inFlight = null;
        }

        if (store.Outbox.NextPending() is not { } entry)
        {
            // Nothing left to wake up for; an idle conversation holding a timer costs every resident citizen memory.
            wakeUp.Stop();
            return;
        }

        if (entry.NotBefore > now)
        {
            wakeUp.WakeIn(entry.NotBefore - now, DispatchNext);
            return;
        }

        entry.Attempts++;
        _inFlight = entry.Sequence;
        _inFlightSince = now;
        dispatcher.Enqueue(new OutboundSend(citizenId, entry.Sequence, entry.Kind, entry.Body, entry.TraceParent));
        wakeUp.WakeIn(options.InFlightTimeout, DispatchNext);
    }

    /// <summary>The dispatcher's report of how the send of one entry ended; the next entry follows.</summary>
    public Task SendCompleted(long sequence, SendResult result)
    {
        if (_inFlight != sequence || store.Outbox.Find(sequence) is not { State: OutboxEntryState.Pending } entry)
        {
            // A report for an entry already handed over again after its in-flight timeout: the newer attempt decides.
            return Task.CompletedTask;
        }

        _inFlight = null;
        var outbox = store.Outbox;
        switch (result)
        {
            case SendResult.Accepted accepted:
                outbox.Accepted(entry, accepted.MessageId.Length == 0 ? null : accepted.MessageId);
                break;
            case SendResult.Rejected rejected:
                entry.State = OutboxEntryState.Failed;
                entry.Error = $"{rejected.Code}: {rejected.Reason}";
                LogSendRejected(entry.Sequence, rejected.Code, rejected.Reason);
                break;
            case SendResult.Transient transient:
                var delay = transient.RetryAfter ?? Backoff(entry.Attempts, options.MaxBackoff);
                entry.Error = transient.Reason;
                entry.NotBefore = time.GetUtcNow() + delay;
                LogSendDeferred(entry.Sequence, delay, transient.Reason);
                break;
        }

        // Sent marks ride on the conversation's next write, its deactivation or the reminder tick that ends the watch,
        // never a write of their own: that write was half of all state writes (one per message, besides the message's
        // own). A silo dying before then repeats those sends from the stored outbox (at least once); none is lost,
        // since the stored state still holds them pending and its reminder is still registered.
        store.Changed();
        if (!outbox.HasPending)
        {
            outbox.Trim(sentEntriesKept);
        }

        DispatchNext();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Applies what Meta reports about a sent entry. Statuses change no conversation, so they ride on the next write:
    /// three arrive for every message sent.
    /// </summary>
    public void RecordStatus(DeliveryStatus status)
    {
        if (store.Outbox.FindSent(status.MessageId) is not { } entry || !Advances(entry.State, status.State))
        {
            return;
        }

        entry.State = status.State switch
        {
            DeliveryState.Delivered => OutboxEntryState.Delivered,
            DeliveryState.Read => OutboxEntryState.Read,
            DeliveryState.Failed => OutboxEntryState.Failed,
            _ => OutboxEntryState.Sent,
        };
        if (status.State == DeliveryState.Failed)
        {
            entry.Error = $"{status.ErrorCode}: {status.ErrorTitle}";
        }

        store.Changed();
    }

    /// <summary>
    /// A tick of the outbox reminder. It activated the grain if it was lost with its silo (activation hands the oldest
    /// pending entry over) and otherwise nudges a dispatch whose wake-up was lost. Once nothing is pending and the
    /// conversation has been quiet for a period, the watch ends: cleared in state first, then unregistered, so a crash
    /// between the two leaves a reminder that finds nothing and tries again, never unsent entries without a reminder.
    /// </summary>
    /// <returns>True when the watch ended: the conversation has gone quiet.</returns>
    public async Task<bool> TickAsync()
    {
        DispatchNext();
        if (store.Outbox.HasPending || time.GetUtcNow() - _lastQueued < options.WakeUpPeriod)
        {
            return false;
        }

        if (store.Watched || store.Unsaved)
        {
            store.Watched = false;
            store.Changed();
            await store.WriteAsync();
        }

        await reminder.UnregisterAsync();
        return true;
    }

    /// <summary>Exponential backoff with jitter, so citizens whose sends failed together do not retry together.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan max)
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(attempts, 12)));
        var capped = exponential < max ? exponential : max;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    // Meta's statuses can arrive out of order (read before delivered); a later state never goes back.
    private static bool Advances(OutboxEntryState current, DeliveryState next) => next switch
    {
        DeliveryState.Failed => current != OutboxEntryState.Failed,
        DeliveryState.Read => current is OutboxEntryState.Sent or OutboxEntryState.Delivered,
        DeliveryState.Delivered => current == OutboxEntryState.Sent,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Sequence} deferred for {Delay}: {Reason}")]
    private partial void LogSendDeferred(long sequence, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Sequence} rejected by the Cloud API ({Code}): {Reason}")]
    private partial void LogSendRejected(long sequence, int code, string reason);
}
