using ManaMitra.Conversations;
using ManaMitra.Outbound;

namespace ManaMitra.Citizens;

/// <summary>Everything a citizen's grain persists: where the conversation is, what it has seen, what it must still send.</summary>
[GenerateSerializer]
public sealed class CitizenChatState
{
    [Id(0)] public ChatSession Session { get; set; } = new();

    [Id(1)] public SeenMessages Seen { get; set; } = new();

    [Id(2)] public Outbox Outbox { get; set; } = new();
}
