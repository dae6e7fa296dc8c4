using System.Collections.Concurrent;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// The sends waiting for this silo's share of the rate, in two lanes: messages (replies, templates), then read
/// receipts. A worker claims a send before it waits at the rate gate but picks which one only after, so a reply that
/// arrived during the wait leaves before read receipts queued earlier. Under load the blue ticks come late; the answers
/// do not. A citizen's own order is untouched: their grain hands over one entry at a time, and a receipt after the
/// replies to its message, so no answer waits behind one (CitizenChatGrain).
/// </summary>
public sealed class SendQueue
{
    private readonly ConcurrentQueue<OutboundSend> _messages = new();
    private readonly ConcurrentQueue<OutboundSend> _receipts = new();

    // One count per queued send: a worker that got past it is owed one send, whichever lane it comes from.
    private readonly SemaphoreSlim _queued = new(0);

    public void Add(OutboundSend send)
    {
        (send.Kind == OutboxEntryKind.ReadReceipt ? _receipts : _messages).Enqueue(send);
        _queued.Release();
    }

    /// <summary>Waits until a send is queued and claims it for the caller, who then takes it with <see cref="Take"/>.</summary>
    public Task ClaimAsync(CancellationToken cancellationToken) => _queued.WaitAsync(cancellationToken);

    /// <summary>The send a claim is owed: the oldest message if any, else the oldest read receipt.</summary>
    public OutboundSend Take() =>
        _messages.TryDequeue(out var send) || _receipts.TryDequeue(out send)
            ? send
            : throw new InvalidOperationException("Take without a claim");
}
