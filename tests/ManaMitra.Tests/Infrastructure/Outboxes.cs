using ManaMitra.Chat;

namespace ManaMitra.Tests.Infrastructure;

public static class Outboxes
{
    /// <summary>Waits until a citizen's outbox has entries and none is pending: everything queued was sent or failed for good.</summary>
    public static async Task<IReadOnlyList<OutboxEntryView>> Drained(ICitizenChatGrain grain, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var outbox = await grain.Outbox();
            if (outbox.Count > 0 && outbox.All(e => e.State != OutboxEntryState.Pending))
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
}
