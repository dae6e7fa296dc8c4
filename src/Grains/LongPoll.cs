namespace ManaMitra.Grains;

/// <summary>
/// The long poll the sandbox's inboxes answer the simulator with: look, and if nothing is there, wait for the next
/// arrival until a deadline, then look again — so the simulator asks once a while instead of hammering the server.
/// </summary>
internal static class LongPoll
{
    /// <param name="look">What is there now, or null with the task that completes at the next arrival.</param>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(Func<(IReadOnlyList<T>? Fresh, Task Arrival)> look, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            var (fresh, arrival) = look();
            if (fresh is { Count: > 0 })
            {
                return fresh;
            }

            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return [];
            }

            try
            {
                await arrival.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                return [];
            }
        }
    }
}
