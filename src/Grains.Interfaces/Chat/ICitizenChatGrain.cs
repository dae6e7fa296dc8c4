using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Interfaces.Chat;

/// <summary>
/// One citizen's conversation, keyed by the citizen id: a keyed hash of their <c>wa_id</c> or business-scoped user id.
/// Not reentrant: a citizen's messages are handled one at a time, in arrival order.
/// </summary>
public interface ICitizenChatGrain : IGrainWithStringKey
{
    /// <summary>Handles a message. Returns only after state and outbox are persisted, so the caller may then acknowledge Meta.</summary>
    Task<ReceiveOutcome> Receive(InboundMessage message);

    /// <summary>Applies a delivery status from Meta to the outbox entry it concerns.</summary>
    Task RecordStatus(DeliveryStatus status);

    /// <summary>
    /// Tells the citizen how something they started elsewhere ended (a payment confirmed, an application decided):
    /// the outcome joins their outbox like any reply. Not to a citizen who stopped, nor to a conversation erased (at the
    /// citizen's request or by retention) since they last wrote: its address went with the rest.
    /// </summary>
    Task Notify(ManaMitra.Interfaces.Departments.ServiceOutcome outcome);

    /// <summary>
    /// Erases the conversation if the citizen has not written for longer than its retention: the retention sweep's
    /// call, harmless to repeat. Replies still owed are sent; nothing else is kept.
    /// </summary>
    Task Expire();

    /// <summary>A read-only view of the outbox, for operators and tests.</summary>
    Task<IReadOnlyList<OutboxEntryView>> Outbox();
}

/// <summary>
/// An outbox entry as operators see it; <see cref="Body"/> is empty once Meta has accepted the entry, and the id Meta
/// gave it is kept only as its digest (<see cref="Sent"/>), all that matching its delivery statuses takes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OutboxEntryView(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string Body,
    [property: Id(2)] OutboxEntryState State,
    [property: Id(5)] MessageDigest? Sent,
    [property: Id(4)] string? Error);

public enum OutboxEntryState
{
    Pending,
    Sent,
    Delivered,
    Read,
    Failed,
}
