using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// Drains one citizen's outbox through the silo's dispatcher one entry at a time, in order, without holding the grain's
/// turn while the Cloud API answers: the oldest pending entry is handed over, and the next only once the dispatcher
/// reports how it ended (or it has been out too long). Once nothing is pending and the conversation has been quiet for
/// a period, it <em>settles</em>: what changed without a write of its own (sent marks, delivery statuses) is written,
/// which clears the stored row's pending flag, its timer goes and the grain is told, so it can let go of what a quiet
/// conversation need not hold, this delivery included (the grain makes another when there is something to send). Should the silo die with entries unsent, the stored row still says pending, and a
/// silo's <see cref="OutboxSweeper"/> wakes the grain elsewhere. Owned by the citizen's grain and called only in its
/// turns, so it needs no locks.
/// </summary>
public sealed partial class OutboxDelivery(
    string citizenId,
    IOutboxStore store,
    IWakeUpTimer wakeUp,
    Action settled,
    IOutboundQueue dispatcher,
    TimeProvider time,
    OutboundOptions options,
    int sentEntriesKept,
    ILogger<OutboxDelivery> logger)
{
    private long? _inFlight;
    private DateTimeOffset _inFlightSince;

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
            // Nothing left to send: settle once the conversation has been quiet a period (its next message moves this).
            wakeUp.WakeIn(options.WakeUpPeriod);
            return;
        }

        if (entry.NotBefore > now)
        {
            wakeUp.WakeIn(entry.NotBefore - now);
            return;
        }

        entry.Attempts++;
        _inFlight = entry.Sequence;
        _inFlightSince = now;
        dispatcher.Enqueue(new OutboundSend(citizenId, store.Recipient, entry.Sequence, entry.Kind, entry.Body, entry.TraceParent));
        wakeUp.WakeIn(options.InFlightTimeout);
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

        // Sent marks ride on the conversation's next write, its deactivation or its settling, never a write of their
        // own: that write, once per message besides the message's own, held the ladder benchmark's 3,000/s to a p99 of
        // 195 ms against 70 ms without it (BENCHMARKS.md). The cost is at-least-once at its plainest: a silo dying before then repeats
        // its citizens' replies since their last write (the stored row still says pending, and the sweep finds it);
        // none is lost.
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
    /// three arrive for every message sent. Static, on the conversation's store: a settled conversation has let go of
    /// its delivery, and a status must not bring one back to hold.
    /// </summary>
    public static void RecordStatus(IOutboxStore store, DeliveryStatus status)
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
    /// The wake-up came, or the sweep found the stored row pending for long. With entries still pending the oldest is
    /// handed over (again, once it has been out too long or its backoff is over); with none, the conversation has been
    /// quiet a period, or this activation has sent them and not yet settled: it settles now, and the row stops being
    /// found.
    /// </summary>
    public Task WakeAsync()
    {
        if (store.Outbox.HasPending)
        {
            DispatchNext();
            return Task.CompletedTask;
        }

        return SettleAsync();
    }

    /// <summary>
    /// The conversation has been quiet for a period with nothing pending: what is unsaved is written and the timer
    /// goes, since an idle conversation holding one costs every resident citizen memory. A write that fails (the
    /// database down) leaves the row pending, so the sweep's wake or the citizen's next message settles it later.
    /// </summary>
    private async Task SettleAsync()
    {
        if (store.Unsaved)
        {
            await store.WriteAsync();
        }

        wakeUp.Stop();
        settled();
    }

    /// <summary>The grain is deactivating: a wake-up still due would only bring it back.</summary>
    public void Deactivating() => wakeUp.Stop();

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
