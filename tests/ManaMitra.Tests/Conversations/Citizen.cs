using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Conversations;

/// <summary>Plays one citizen: sends messages to their grain and collects the replies the sandbox received.</summary>
public sealed class Citizen(ChatCluster cluster, string id)
{
    private long _lastSeen;
    private int _sent;

    public string Id { get; } = id;

    public ICitizenChatGrain Grain => cluster.Grains.GetGrain<ICitizenChatGrain>(Id);

    /// <summary>The time the next message claims it was sent; tests move it to cross the session timeout.</summary>
    public DateTimeOffset Clock { get; set; } = DateTimeOffset.UtcNow;

    public Task<Replies> Says(string text) => Send(new InboundMessage { MessageId = NextId(), CitizenId = Id, ReplyTo = Id, SentAt = Clock, Kind = InboundKind.Text, Text = text });

    public Task<Replies> Taps(string replyId, string title = "") => Send(new InboundMessage
    {
        MessageId = NextId(), CitizenId = Id, ReplyTo = Id, SentAt = Clock, Kind = InboundKind.ListReply, ReplyId = replyId, Text = title,
    });

    public async Task<Replies> Send(InboundMessage message)
    {
        LastOutcome = await Grain.Receive(message);
        return await Drained();
    }

    public ReceiveOutcome LastOutcome { get; private set; }

    /// <summary>Waits until the grain's outbox has nothing pending, then returns what was sent since the last look.</summary>
    public async Task<Replies> Drained()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await Grain.Outbox()).Any(e => e.State == OutboxEntryState.Pending))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"outbox of {Id} still has pending entries");
            }

            await Task.Delay(10);
        }

        var messages = await cluster.Sandbox.ReadAsync(Id, _lastSeen, TimeSpan.Zero, CancellationToken.None);
        if (messages.Count > 0)
        {
            _lastSeen = messages[^1].Sequence;
        }

        return new Replies(messages.Select(m => m.Body).ToList());
    }

    private string NextId() => $"wamid.test.{Id}.{++_sent}";
}
