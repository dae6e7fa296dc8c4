using ManaMitra.Conversations;
using ManaMitra.Grains.Citizens.Effects;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Observability;
using ManaMitra.Persistence;
using ManaMitra.WhatsApp.CloudApi;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace ManaMitra.Grains.Citizens;

/// <summary>
/// One citizen's conversation. Not reentrant, so a citizen's messages are handled one at a time in arrival order,
/// with no locks and no shared state between citizens. Every message takes the same steps: dedupe, converse (the
/// turn's replies and effects), append to the outbox, persist, hand over. It is acknowledged only once its replies
/// are durably queued; <see cref="OutboxDelivery"/> then drains the outbox through the silo's dispatcher without
/// holding this grain's turn while the Cloud API answers.
/// </summary>
public sealed class CitizenChatGrain : Grain, ICitizenChatGrain, IOutboxDelivery
{
    // One state name per grain class: two classes with the same key and state name on one provider share a row
    // (Orleans issue 8746).
    public const string StateName = "citizen-chat";

    private readonly ChatStore _chat;
    private readonly OutboxDeliveryFactory _deliveries;
    private readonly Conversation _conversation;
    private readonly EffectHandlers _effects;
    private readonly ChatOptions _settings;
    private readonly TimeProvider _time;
    private readonly ManaMitraMetrics _metrics;
    private FloodGuard? _flood;

    // Made when there is something to send and let go of when the conversation settles: with its wake-up and callback
    // about 240 bytes that most resident conversations, quiet ones, need not hold (BENCHMARKS.md).
    private OutboxDelivery? _delivery;

    public CitizenChatGrain(
        [FromKeyedServices(StorageNames.Citizens)] IGrainStorage storage,
        DeepCopier<CitizenChatState> copier,
        Conversation conversation,
        EffectHandlers effects,
        OutboxDeliveryFactory deliveries,
        IOptions<ChatOptions> chatOptions,
        TimeProvider time,
        ManaMitraMetrics metrics)
    {
        // One copy of the key for both: GetPrimaryKeyString makes a new string each call, held by every resident citizen.
        var key = this.GetPrimaryKeyString();
        _chat = new ChatStore(storage, this.GetGrainId(), copier, key);
        (_deliveries, _conversation, _effects, _settings, _time, _metrics) = (deliveries, conversation, effects, chatOptions.Value, time, metrics);
    }

    private OutboxDelivery Delivery => _delivery ??= _deliveries.For(_chat.Key, _chat, Settled);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _chat.ReadAsync(cancellationToken);
        _metrics.ConversationActivated();
        // An outbox left with pending entries (a crash after the write, before the send) drains on reactivation.
        Delivery.DispatchNext();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _metrics.ConversationDeactivated();
        _delivery?.Deactivating();
        return _chat.WriteUnsavedAsync(cancellationToken);
    }

    public async Task<ReceiveOutcome> Receive(InboundMessage message)
    {
        var chat = _chat.State;
        if (chat.Seen.Contains(message.MessageId))
        {
            return ReceiveOutcome.Duplicate;
        }

        _metrics.MessageIn(message.Kind);
        var now = _time.GetUtcNow();
        _flood ??= new FloodGuard(_settings.FloodLimit, _settings.FloodWindow);
        var admitted = _flood.Admit(now);
        var before = _chat.Copy();
        IReadOnlyList<Reply> replies;
        try
        {
            chat.Seen.Remember(message.MessageId, now, _settings.DedupeCount, _settings.DedupeAge);
            // The address of the latest message: a citizen Meta stops (or starts) naming by phone is answered as named.
            chat.ReplyTo = message.ReplyTo;
            chat.Unaddressed = false;
            WroteAt(chat.Session, message.SentAt < now ? message.SentAt : now);
            replies = admitted ? await Converse(chat.Session, message) : SlowDown(chat.Session, now);
            AppendToOutbox(replies, now, answering: message);
            await Persist();
        }
        catch (Exception e)
        {
            _flood.Withdraw();
            Undo(before, e);
            throw;
        }

        Delivery.DispatchNext();

        if (!admitted)
        {
            return ReceiveOutcome.Throttled;
        }

        return replies.Count == 0 && chat.Session.OptedOut ? ReceiveOutcome.OptedOut : ReceiveOutcome.Accepted;
    }

    public async Task Notify(ServiceOutcome outcome)
    {
        var session = _chat.State.Session;
        if (session.OptedOut || _chat.State.Unaddressed)
        {
            return;
        }

        var before = _chat.Copy();
        try
        {
            var now = _time.GetUtcNow();
            var tell = new TellOutcome(outcome) { OutsideServiceWindow = !session.InServiceWindow(now, _settings.ServiceWindow) };
            AppendToOutbox(await _effects.HandleAsync(tell, session), now, answering: null);
            await Persist();
        }
        catch (Exception e)
        {
            // As in Receive: the caller retries against the state as it was.
            Undo(before, e);
            throw;
        }

        Delivery.DispatchNext();
    }

    public Task RecordStatus(DeliveryStatus status)
    {
        OutboxDelivery.RecordStatus(_chat, status);
        return Task.CompletedTask;
    }

    // Without a delivery nothing is out: the report is for a send handed over before the conversation settled.
    public Task SendCompleted(long sequence, SendResult result) => _delivery?.SendCompleted(sequence, result) ?? Task.CompletedTask;

    /// <summary>A silo's sweep found this conversation's stored outbox pending for long (<see cref="OutboxDelivery.WakeAsync"/>).</summary>
    public Task Wake() => Delivery.WakeAsync();

    public async Task Expire()
    {
        var chat = _chat.State;
        if (_time.GetUtcNow() - chat.Session.LastInbound < _settings.Retention)
        {
            return;
        }

        var before = _chat.Copy();
        try
        {
            chat.Session.Forget();
            chat.Unaddressed = true;
            if (chat.Outbox.HasPending)
            {
                // Replies still owed leave first, to the address kept for them (ChatStore forgets it after); the
                // forgotten conversation is all that waits with them.
                await Persist();
            }
            else
            {
                await _chat.ClearAsync();
                DeactivateOnIdle();
            }
        }
        catch (Exception e)
        {
            Undo(before, e);
            throw;
        }

        _metrics.ConversationExpired();
    }

    public Task<IReadOnlyList<OutboxEntryView>> Outbox() =>
        Task.FromResult<IReadOnlyList<OutboxEntryView>>(_chat.Outbox.Entries.Select(e => e.View()).ToList());

    /// <summary>Moves the conversation on, then carries out what the turn calls for, each effect by its handler.</summary>
    private async Task<IReadOnlyList<Reply>> Converse(ChatSession session, InboundMessage message)
    {
        var turn = _conversation.Handle(session, message);
        foreach (var effect in turn.Effects)
        {
            turn.Replies.AddRange(await _effects.HandleAsync(effect, session));
            if (effect is Forgotten)
            {
                // Erased with the conversation: what was sent before (a refused message keeps its body, the citizen's
                // words and data in it) and, once the replies still owed have left, the address and message ids
                // (ChatStore). Those replies stay, to leave in order before the one saying it is done.
                _chat.Outbox.Trim(0);
                _chat.State.Unaddressed = true;
            }
        }

        return turn.Replies;
    }

    private IReadOnlyList<Reply> SlowDown(ChatSession session, DateTimeOffset now) =>
        !session.OptedOut && _flood!.ShouldWarn(now) ? [new TextReply(_conversation.Ui.SlowDown.In(_conversation.LanguageOf(session)))] : [];

    /// <summary>
    /// The replies, rendered to Meta's JSON now; when they answer a message, a read receipt for it follows them. It used
    /// to go first, for blue ticks before the answer, but a citizen's entries leave one at a time and receipts wait in
    /// the dispatcher's slower lane (SendQueue), so every answer waited for its receipt's turn behind other citizens'
    /// replies: with receipts on, the ladder's first contacts at 1,000/s answered at a p99 of 215 ms (BENCHMARKS.md).
    /// </summary>
    private void AppendToOutbox(IReadOnlyList<Reply> replies, DateTimeOffset now, InboundMessage? answering)
    {
        var outbox = _chat.Outbox;
        var trace = ManaMitraTracing.CurrentParent();
        foreach (var reply in replies)
        {
            outbox.Append(reply is TemplateReply ? OutboxEntryKind.Template : OutboxEntryKind.Reply, WhatsAppRenderer.Render(_chat.Recipient, reply), now, trace);
        }

        if (answering is not null && _settings.MarkAsRead && !_chat.State.Session.OptedOut && replies.Count > 0)
        {
            outbox.Append(OutboxEntryKind.ReadReceipt, WhatsAppRenderer.MarkAsRead(answering.MessageId), now, trace);
        }
    }

    /// <summary>
    /// Every message counts, throttled or not, since each one opens Meta's window; a time ahead of our clock (a skewed
    /// timestamp) is taken as now, so the window is never thought open longer than it is. Redeliveries never move it back.
    /// </summary>
    private static void WroteAt(ChatSession session, DateTimeOffset sentAt)
    {
        if (sentAt > session.LastInbound)
        {
            session.LastInbound = sentAt;
        }
    }

    private Task Persist() => _chat.WriteAsync();

    // The conversation has gone quiet; a silo holds many such, so each keeps as little as it can.
    private void Settled()
    {
        _metrics.ConversationSettled();
        _delivery = null;
        _chat.State.Session.Compact();
        if (_flood?.IsQuiet(_time.GetUtcNow()) == true)
        {
            _flood = null;
        }
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
        _chat.Restore(before);
        if (failure is InconsistentStateException)
        {
            DeactivateOnIdle();
        }
    }
}
