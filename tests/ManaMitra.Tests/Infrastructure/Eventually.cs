namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// Waits for a condition on something that arrives asynchronously (a stream batch, a report), with a generous
/// deadline that only a broken system reaches; tests then assert exact values on what was read.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"condition not met within {timeout ?? DefaultTimeout}; last value: {value}");
            }

            await Task.Delay(100);
        }
    }
}
