using ManaMitra.Conversations;
using ManaMitra.Grains.Delivery;

namespace ManaMitra.Grains.Citizens;

/// <summary>Everything a citizen's grain persists: where the conversation is, what it has seen, what it must still send.</summary>
[GenerateSerializer]
public sealed class CitizenChatState
{
    [Id(0)] public ChatSession Session { get; set; } = new();

    [Id(1)] public SeenMessages Seen { get; set; } = new();

    [Id(2)] public Outbox Outbox { get; set; } = new();

    /// <summary>
    /// The outbox reminder is registered: set in the same write that first queues unsent work, cleared once a tick
    /// finds nothing to send, so registering costs one reminder write per conversation session, not per message.
    /// </summary>
    [Id(3)] public bool OutboxWatched { get; set; }
}
