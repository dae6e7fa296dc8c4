using ManaMitra.Departments.Outcomes;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Reliability;

/// <summary>
/// The dispatcher's queue decides what leaves when the rate gate opens: a reply ahead of every read receipt,
/// each lane oldest first, every send exactly once.
/// </summary>
public sealed class SendQueueTests
{
    [Fact]
    public async Task A_reply_queued_after_read_receipts_leaves_before_them()
    {
        var queue = new SendQueue();
        queue.Add(Receipt("919000000501", 1));
        queue.Add(Receipt("919000000502", 1));
        queue.Add(Reply("919000000501", 2));
        queue.Add(Receipt("919000000503", 1));
        queue.Add(Reply("919000000502", 2));

        var taken = new List<OutboundSend>();
        for (var i = 0; i < 5; i++)
        {
            await queue.ClaimAsync(CancellationToken.None);
            taken.Add(queue.Take());
        }

        Assert.Equal(
            [("919000000501", 2L), ("919000000502", 2L), ("919000000501", 1L), ("919000000502", 1L), ("919000000503", 1L)],
            taken.Select(s => (s.CitizenId, s.Sequence)));
    }

    [Fact]
    public async Task A_claim_waits_for_a_send_and_a_reply_added_while_it_waited_still_goes_first()
    {
        var queue = new SendQueue();
        var claim = queue.ClaimAsync(CancellationToken.None);
        Assert.False(claim.IsCompleted);

        queue.Add(Receipt("919000000504", 1));
        await claim;
        // The claim was made for the receipt, but the gate has not opened yet when the reply arrives.
        queue.Add(Reply("919000000505", 2));

        Assert.Equal(2, queue.Take().Sequence);
        await queue.ClaimAsync(CancellationToken.None);
        Assert.Equal(1, queue.Take().Sequence);
        // Both taken: nothing more is owed.
        Assert.False(queue.ClaimAsync(CancellationToken.None).IsCompleted);
    }

    private static OutboundSend Receipt(string citizen, long sequence) =>
        new(citizen, citizen, sequence, OutboxEntryKind.ReadReceipt, WhatsAppRenderer.MarkAsRead($"wamid.{citizen}.{sequence}"), TraceParent: null);

    private static OutboundSend Reply(string citizen, long sequence) =>
        new(citizen, citizen, sequence, OutboxEntryKind.Reply, WhatsAppRenderer.Render(citizen, new TextReply($"reply {sequence}")), TraceParent: null);
}
