using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// How often the fake Cloud API refuses a send as the real one does under pressure: throttled (HTTP 429, Meta error
/// 130429, "rate limit hit") or failed (HTTP 500). A refused send is not delivered, so the system must send it again.
/// </summary>
public sealed record SinkFaults(double ThrottleShare, double FailShare)
{
    public static readonly SinkFaults None = new(0, 0);

    public CloudApiFault Pick(double roll) =>
        roll < ThrottleShare ? CloudApiFault.Throttle
        : roll < ThrottleShare + FailShare ? CloudApiFault.ServerError
        : CloudApiFault.None;
}
