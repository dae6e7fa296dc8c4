using ManaMitra.Conversations;
using ManaMitra.Grains.Delivery;
using ManaMitra.Persistence.Contracts;

namespace ManaMitra.Grains.Citizens;

/// <summary>
/// Everything a citizen's grain persists: where the conversation is, what it has seen, what it must still send. Its
/// row is flagged while replies wait to be sent, so they leave even if the silo holding them dies.
/// </summary>
[GenerateSerializer]
public sealed class CitizenChatState : IPendingWork
{
    [Id(0)] public ChatSession Session { get; set; } = new();

    [Id(1)] public SeenMessages Seen { get; set; } = new();

    [Id(2)] public Outbox Outbox { get; set; } = new();

    // [Id(3)] was OutboxWatched, the flag of the per-conversation reminder the pending flag replaced; not to be reused.

    /// <summary>
    /// The citizen's WhatsApp number or business-scoped user id, as their latest message named them: where replies go.
    /// The grain's key is only a hash of it, so it is kept here, where storage encrypts it.
    /// </summary>
    [Id(4)] public string? ReplyTo { get; set; }

    /// <summary>
    /// Erased, at the citizen's request or by retention, since they last wrote: <see cref="ReplyTo"/> goes with the
    /// rest once the replies still owed have left, and a department's later notice is not queued. The citizen's next
    /// message sets the address again.
    /// </summary>
    [Id(5)] public bool Unaddressed { get; set; }

    public bool HasPendingWork => Outbox.HasPending;

    /// <summary>
    /// What still names an erased citizen once nothing is owed to them: the address, the ids of the messages sent
    /// (Meta's wamids carry the number, base64-encoded) and the digests of those received. Dedupe starts afresh: a late
    /// duplicate is taken as a first contact, which asks for a language and nothing more.
    /// </summary>
    public void ForgetAddress()
    {
        ReplyTo = null;
        Outbox.Trim(0);
        Seen = new SeenMessages();
    }
}
