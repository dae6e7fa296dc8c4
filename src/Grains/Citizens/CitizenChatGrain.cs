using ManaMitra.Catalog;
using ManaMitra.Chat;
using ManaMitra.Conversations;
using ManaMitra.Departments;
using ManaMitra.Messaging;
using ManaMitra.Outbound;
using ManaMitra.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Citizens;

/// <summary>
/// One citizen's conversation. Not reentrant, so a citizen's messages are handled one at a time in arrival order,
/// with no locks and no shared state between citizens. A message is acknowledged only once its replies are
/// durably queued; the outbox then drains on a timer turn of this same grain, one send at a time.
/// </summary>
public sealed partial class CitizenChatGrain(
    [PersistentState(CitizenChatGrain.StateName, StorageNames.Citizens)] IPersistentState<CitizenChatState> state,
    Conversation conversation,
    IWhatsAppSender sender,
    IOptions<ChatOptions> options,
    TimeProvider time,
    ILogger<CitizenChatGrain> logger) : Grain, ICitizenChatGrain
{
    // One state name per grain class: two classes with the same key and state name on one provider share a row
    // (Orleans issue 8746).
    public const string StateName = "citizen-chat";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private IGrainTimer? _drain;
    private int _consecutiveFailures;

    // Delivery statuses change no conversation, so they are written with the next state write (or at deactivation)
    // instead of costing a database round trip each: three statuses arrive for every message sent.
    private bool _statusesUnsaved;

    private string CitizenId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // An outbox left with pending entries (a crash after the write, before the send) drains on reactivation.
        if (state.State.Outbox.HasPending)
        {
            ScheduleDrain(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_statusesUnsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<ReceiveOutcome> Receive(InboundMessage message)
    {
        var chat = state.State;
        if (chat.Seen.Contains(message.MessageId))
        {
            return ReceiveOutcome.Duplicate;
        }

        var settings = options.Value;
        var now = time.GetUtcNow();
        IReadOnlyList<Reply> replies;
        try
        {
            chat.Seen.Remember(message.MessageId, now, settings.DedupeCount, settings.DedupeAge);
            replies = conversation.Handle(chat.Session, message);
            if (settings.MarkAsRead && !chat.Session.OptedOut && replies.Count > 0)
            {
                chat.Outbox.Append(WhatsAppRenderer.MarkAsRead(message.MessageId), now);
            }

            foreach (var reply in replies)
            {
                chat.Outbox.Append(WhatsAppRenderer.Render(CitizenId, reply), now);
            }

            await state.WriteStateAsync();
            _statusesUnsaved = false;
        }
        catch
        {
            // The in-memory state may now hold a message that was never persisted; were it kept, Meta's retry would
            // look like a duplicate and be lost. Drop this activation so the retry starts from storage.
            DeactivateOnIdle();
            throw;
        }

        if (chat.Outbox.HasPending)
        {
            ScheduleDrain(TimeSpan.Zero);
        }

        return replies.Count == 0 && chat.Session.OptedOut ? ReceiveOutcome.OptedOut : ReceiveOutcome.Accepted;
    }

    public Task RecordStatus(DeliveryStatus status)
    {
        if (state.State.Outbox.FindSent(status.MessageId) is { } entry && Advances(entry.State, status.State))
        {
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

            _statusesUnsaved = true;
        }

        return Task.CompletedTask;
    }

    public async Task Notify(ServiceOutcome outcome)
    {
        var session = state.State.Session;
        if (session.OptedOut)
        {
            return;
        }

        try
        {
            state.State.Outbox.Append(WhatsAppRenderer.Render(CitizenId, OutcomeReply.For(outcome, session.Language ?? Language.English)), time.GetUtcNow());
            await state.WriteStateAsync();
            _statusesUnsaved = false;
        }
        catch
        {
            // As in Receive: never keep an unpersisted change; the caller retries against what storage holds.
            DeactivateOnIdle();
            throw;
        }

        ScheduleDrain(TimeSpan.Zero);
    }

    public Task<IReadOnlyList<OutboxEntryView>> Outbox() =>
        Task.FromResult<IReadOnlyList<OutboxEntryView>>(state.State.Outbox.Entries.Select(e => e.View()).ToList());

    // Meta's statuses can arrive out of order (read before delivered); a later state never goes back.
    private static bool Advances(OutboxEntryState current, DeliveryState next) => next switch
    {
        DeliveryState.Failed => current != OutboxEntryState.Failed,
        DeliveryState.Read => current is OutboxEntryState.Sent or OutboxEntryState.Delivered,
        DeliveryState.Delivered => current == OutboxEntryState.Sent,
        _ => false,
    };

    private void ScheduleDrain(TimeSpan dueTime)
    {
        // Not interleaved: a drain is a turn of this grain like any message, so it never races a state write.
        _drain ??= this.RegisterGrainTimer(DrainAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = false });
        _drain.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var outbox = state.State.Outbox;
        var changed = false;
        while (outbox.NextPending() is { } entry)
        {
            entry.Attempts++;
            var result = await sender.SendAsync(CitizenId, entry.Body, cancellationToken);
            changed = true;
            if (result is SendResult.Transient transient)
            {
                entry.Error = transient.Reason;
                _consecutiveFailures++;
                var delay = transient.RetryAfter ?? Backoff(_consecutiveFailures);
                LogSendDeferred(entry.Sequence, delay, transient.Reason);
                ScheduleDrain(delay);
                break;
            }

            _consecutiveFailures = 0;
            if (result is SendResult.Accepted accepted)
            {
                entry.State = OutboxEntryState.Sent;
                entry.SentMessageId = accepted.MessageId.Length == 0 ? null : accepted.MessageId;
                entry.Error = null;
            }
            else if (result is SendResult.Rejected rejected)
            {
                entry.State = OutboxEntryState.Failed;
                entry.Error = $"{rejected.Code}: {rejected.Reason}";
                LogSendRejected(entry.Sequence, rejected.Code, rejected.Reason);
            }
        }

        if (changed)
        {
            outbox.Trim(options.Value.SentEntriesKept);
            await state.WriteStateAsync(cancellationToken);
            _statusesUnsaved = false;
        }
    }

    /// <summary>Exponential backoff with jitter, so citizens whose sends failed together do not retry together.</summary>
    private static TimeSpan Backoff(int failures)
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(failures, 10)));
        var capped = exponential < MaxBackoff ? exponential : MaxBackoff;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Sequence} deferred for {Delay}: {Reason}")]
    private partial void LogSendDeferred(long sequence, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Sequence} rejected by the Cloud API ({Code}): {Reason}")]
    private partial void LogSendRejected(long sequence, int code, string reason);
}
