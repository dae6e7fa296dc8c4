using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Tests.Infrastructure;

public static class Outboxes
{
    /// <summary>Waits until a citizen's outbox has entries and none is pending: everything queued was sent or failed for good.</summary>
    public static Task<IReadOnlyList<OutboxEntryView>> Drained(ICitizenChatGrain grain, TimeSpan? timeout = null) =>
        Until(grain, outbox => outbox.Count > 0 && outbox.All(e => e.State != OutboxEntryState.Pending), timeout);

    /// <summary>Waits until nothing in a citizen's outbox is pending, an outbox that never held anything included.</summary>
    public static Task<IReadOnlyList<OutboxEntryView>> Settled(ICitizenChatGrain grain, TimeSpan? timeout = null) =>
        Until(grain, outbox => outbox.All(e => e.State != OutboxEntryState.Pending), timeout);

    private static async Task<IReadOnlyList<OutboxEntryView>> Until(ICitizenChatGrain grain, Func<IReadOnlyList<OutboxEntryView>, bool> done, TimeSpan? timeout)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var outbox = await grain.Outbox();
            if (done(outbox))
            {
                return outbox;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the outbox did not drain");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// The digests of the Cloud API message ids of the entries Meta accepted, in queue order: read receipts get none.
    /// Sent entries keep no body, so these are what ties an outbox to what the Cloud API received.
    /// </summary>
    public static IReadOnlyList<MessageDigest> SentDigests(IEnumerable<OutboxEntryView> outbox) =>
        outbox.OrderBy(e => e.Sequence).Where(e => e.Sent is not null).Select(e => e.Sent!.Value).ToList();

    /// <summary>The digests of <paramref name="messageIds"/>, in their order, to compare with <see cref="SentDigests"/>.</summary>
    public static IReadOnlyList<MessageDigest> Digests(IEnumerable<string> messageIds) => messageIds.Select(MessageDigest.Of).ToList();
}
