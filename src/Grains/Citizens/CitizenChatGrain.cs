using System.Diagnostics;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Departments;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Observability;
using ManaMitra.Persistence;
using ManaMitra.WhatsApp.CloudApi;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace ManaMitra.Grains.Citizens;

/// <summary>
/// One citizen's conversation. Not reentrant, so a citizen's messages are handled one at a time in arrival order,
/// with no locks and no shared state between citizens. A message is acknowledged only once its replies are
/// durably queued; the outbox then drains through the silo's dispatcher one entry at a time, in order, without
/// holding this grain's turn while the Cloud API answers. While unsent entries exist a reminder keeps watch, so
/// they leave even if the silo holding them dies and the citizen never writes again.
/// </summary>
public sealed partial class CitizenChatGrain(
    [PersistentState(CitizenChatGrain.StateName, StorageNames.Citizens)] IPersistentState<CitizenChatState> state,
    Conversation conversation,
    OutboundDispatcher dispatcher,
    DocumentDelivery documents,
    IOptions<ChatOptions> chatOptions,
    IOptions<OutboundOptions> options,
    DeepCopier<CitizenChatState> copier,
    TimeProvider time,
    ManaMitraMetrics metrics,
    ILogger<CitizenChatGrain> logger) : Grain, ICitizenChatGrain, IOutboxDelivery, IRemindable
{
    // One state name per grain class: two classes with the same key and state name on one provider share a row
    // (Orleans issue 8746).
    public const string StateName = "citizen-chat";

    /// <summary>The reminder that wakes this grain while its outbox holds unsent entries.</summary>
    public const string OutboxReminder = "outbox";

    private IGrainTimer? _wake;
    private FloodGuard? _flood;
    private long? _inFlight;
    private DateTimeOffset _inFlightSince;

    // When this activation last queued something; a reminder tick within a period of it keeps the watch for the
    // conversation's next message instead of unregistering and registering again minutes apart.
    private DateTimeOffset _lastQueued;

    // Delivery statuses and sent marks change no conversation, so they ride on the next state write (or
    // deactivation) instead of costing a database round trip each: three statuses arrive for every message sent.
    private bool _unsaved;

    private string CitizenId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        metrics.ConversationActivated();
        // An outbox left with pending entries (a crash after the write, before the send) drains on reactivation.
        DispatchNext();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.ConversationDeactivated();
        if (_unsaved)
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

        metrics.MessageIn(message.Kind);
        var settings = chatOptions.Value;
        var now = time.GetUtcNow();
        _flood ??= new FloodGuard(settings.FloodLimit, settings.FloodWindow);
        var admitted = _flood.Admit(now);
        var before = copier.Copy(chat);
        List<Reply> replies;
        try
        {
            chat.Seen.Remember(message.MessageId, now, settings.DedupeCount, settings.DedupeAge);
            replies = admitted ? await Converse(chat.Session, message) : [.. SlowDown(chat.Session, now)];
            if (settings.MarkAsRead && !chat.Session.OptedOut && replies.Count > 0)
            {
                chat.Outbox.Append(WhatsAppRenderer.MarkAsRead(message.MessageId), now, ManaMitraTracing.CurrentParent());
            }

            foreach (var reply in replies)
            {
                chat.Outbox.Append(WhatsAppRenderer.Render(CitizenId, reply), now, ManaMitraTracing.CurrentParent());
            }

            await WatchOutbox();
            await state.WriteStateAsync();
            _unsaved = false;
        }
        catch (Exception e)
        {
            _flood.Withdraw();
            Undo(before, e);
            throw;
        }

        DispatchNext();

        if (!admitted)
        {
            return ReceiveOutcome.Throttled;
        }

        return replies.Count == 0 && chat.Session.OptedOut ? ReceiveOutcome.OptedOut : ReceiveOutcome.Accepted;
    }

    /// <summary>Moves the conversation on, running the department service the citizen just submitted, if any.</summary>
    private async Task<List<Reply>> Converse(ChatSession session, InboundMessage message)
    {
        var turn = conversation.Handle(session, message);
        if (turn is { DepartmentId: { } department, Request: { } request })
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await GrainFactory.GetGrain<IDepartmentServiceGrain>(department).Run(request);
            metrics.ServiceServed(department, request.ServiceId, outcome.Status, Stopwatch.GetElapsedTime(started));
            turn.Replies.AddRange(await Tell(session, outcome));
        }

        if (turn.ResendDocumentId is { } documentId && await documents.ResendAsync(documentId, conversation.LanguageOf(session)) is { } again)
        {
            turn.Replies.Add(again);
        }

        return turn.Replies;
    }

    /// <summary>The outcome in words and, when the service issued a document, the document itself.</summary>
    private async Task<List<Reply>> Tell(ChatSession session, ServiceOutcome outcome)
    {
        var language = conversation.LanguageOf(session);
        List<Reply> replies = [OutcomeReply.For(outcome, language, conversation.Ui)];
        if (outcome.Document is { } document)
        {
            replies.Add(await documents.IssueAsync(document, language));
            if (!session.Documents.Exists(d => d.Id == document.Id))
            {
                session.Documents.Add(new DocumentRef(document.Id, document.Title, document.IssuedAt));
                if (session.Documents.Count > ChatSession.DocumentsKept)
                {
                    session.Documents.RemoveAt(0);
                }
            }
        }

        return replies;
    }

    private IReadOnlyList<Reply> SlowDown(ChatSession session, DateTimeOffset now) =>
        !session.OptedOut && _flood!.ShouldWarn(now) ? [new TextReply(conversation.Ui.SlowDown.In(conversation.LanguageOf(session)))] : [];

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

            _unsaved = true;
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

        var before = copier.Copy(state.State);
        try
        {
            foreach (var reply in await Tell(session, outcome))
            {
                state.State.Outbox.Append(WhatsAppRenderer.Render(CitizenId, reply), time.GetUtcNow(), ManaMitraTracing.CurrentParent());
            }

            await WatchOutbox();
            await state.WriteStateAsync();
            _unsaved = false;
        }
        catch (Exception e)
        {
            // As in Receive: the caller retries against the state as it was.
            Undo(before, e);
            throw;
        }

        DispatchNext();
    }

    /// <summary>
    /// A change that did not reach storage (the database down, a department failing) is undone: were it kept, Meta's
    /// retry would look like a duplicate and be lost. The state goes back to how it was before the change rather than
    /// to storage, because this activation also holds sent marks and delivery statuses not yet written; dropping them
    /// with the activation would send those replies a second time. Only when storage holds a newer version than this
    /// activation knows (an ETag conflict) is the activation dropped, so the retry reads that version.
    /// </summary>
    private void Undo(CitizenChatState before, Exception failure)
    {
        state.State = before;
        if (failure is InconsistentStateException)
        {
            DeactivateOnIdle();
        }
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

    public async Task SendCompleted(long sequence, SendResult result)
    {
        if (_inFlight != sequence || state.State.Outbox.Find(sequence) is not { State: OutboxEntryState.Pending } entry)
        {
            // A report for an entry already handed over again after its in-flight timeout: the newer attempt decides.
            return;
        }

        _inFlight = null;
        var outbox = state.State.Outbox;
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
                var delay = transient.RetryAfter ?? Backoff(entry.Attempts, options.Value.MaxBackoff);
                entry.Error = transient.Reason;
                entry.NotBefore = time.GetUtcNow() + delay;
                LogSendDeferred(entry.Sequence, delay, transient.Reason);
                break;
        }

        // Set before the write, so a write that fails (the database down) leaves the marks for the next write or the
        // deactivation to store.
        _unsaved = true;
        if (!outbox.HasPending)
        {
            // Sent marks are written once the outbox is empty, not per send: a crash before that repeats a send
            // (at least once), it never loses one.
            outbox.Trim(chatOptions.Value.SentEntriesKept);
            await state.WriteStateAsync();
            _unsaved = false;
        }

        DispatchNext();
    }

    /// <summary>
    /// Makes sure a reminder watches an outbox about to hold unsent entries. The reminder is registered before the
    /// state write that records it, so a stored <see cref="CitizenChatState.OutboxWatched"/> always means a reminder
    /// exists; a failed write leaves at most a reminder that finds nothing and unregisters itself.
    /// </summary>
    private async Task WatchOutbox()
    {
        if (!state.State.Outbox.HasPending)
        {
            return;
        }

        _lastQueued = time.GetUtcNow();
        if (!state.State.OutboxWatched)
        {
            var period = options.Value.WakeUpPeriod;
            await this.RegisterOrUpdateReminder(OutboxReminder, period, period);
            state.State.OutboxWatched = true;
        }
    }

    /// <summary>
    /// A tick activates the grain if it was lost with its silo (activation hands the oldest pending entry over) and
    /// otherwise nudges a dispatch whose wake-up was lost. Once nothing is pending and the conversation has been
    /// quiet for a period, the watch ends: cleared in state first, then unregistered, so a crash between the two
    /// leaves a reminder that finds nothing and tries again, never unsent entries without a reminder.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != OutboxReminder)
        {
            return;
        }

        DispatchNext();
        if (state.State.Outbox.HasPending || time.GetUtcNow() - _lastQueued < options.Value.WakeUpPeriod)
        {
            return;
        }

        if (state.State.OutboxWatched || _unsaved)
        {
            state.State.OutboxWatched = false;
            _unsaved = true;
            await state.WriteStateAsync();
            _unsaved = false;
        }

        if (await this.GetReminder(OutboxReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        // The conversation has gone quiet; a silo holds many such, so each keeps as little as it can.
        if (_flood?.IsQuiet(time.GetUtcNow()) == true)
        {
            _flood = null;
        }
    }

    /// <summary>Hands the oldest pending entry to the dispatcher, unless one is already out or it must wait.</summary>
    private void DispatchNext()
    {
        var now = time.GetUtcNow();
        if (_inFlight is not null)
        {
            if (now - _inFlightSince < options.Value.InFlightTimeout)
            {
                return;
            }

            _inFlight = null;
        }

        if (state.State.Outbox.NextPending() is not { } entry)
        {
            // Nothing left to wake up for; an idle conversation holding a timer costs every resident citizen memory.
            _wake?.Dispose();
            _wake = null;
            return;
        }

        if (entry.NotBefore > now)
        {
            WakeIn(entry.NotBefore - now);
            return;
        }

        entry.Attempts++;
        _inFlight = entry.Sequence;
        _inFlightSince = now;
        dispatcher.Enqueue(new OutboundSend(CitizenId, entry.Sequence, entry.Body, entry.TraceParent));
        WakeIn(options.Value.InFlightTimeout);
    }

    private void WakeIn(TimeSpan dueTime)
    {
        // Not interleaved: the wake-up is a turn of this grain like any message, so it never races a state change.
        _wake ??= this.RegisterGrainTimer(_ =>
        {
            DispatchNext();
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = false });
        _wake.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Exponential backoff with jitter, so citizens whose sends failed together do not retry together.</summary>
    private static TimeSpan Backoff(int attempts, TimeSpan max)
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(attempts, 12)));
        var capped = exponential < max ? exponential : max;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Sequence} deferred for {Delay}: {Reason}")]
    private partial void LogSendDeferred(long sequence, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Sequence} rejected by the Cloud API ({Code}): {Reason}")]
    private partial void LogSendRejected(long sequence, int code, string reason);
}
