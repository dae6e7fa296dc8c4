namespace ManaMitra.Grains.Delivery;

/// <summary>The <c>ManaMitra:Outbound</c> configuration section: how fast and how hard we push the Cloud API.</summary>
public sealed class OutboundOptions
{
    public const string Section = "ManaMitra:Outbound";

    /// <summary>
    /// Messages per second the sending number may send, for the whole cluster: 80 is the Cloud API's default tier,
    /// 1,000 an upgraded one. Each silo takes an equal share.
    /// </summary>
    public double MessagesPerSecond { get; set; } = 80;

    /// <summary>Sends in flight at once per silo; each waits on the network, so this bounds sockets, not CPU.</summary>
    public int Concurrency { get; set; } = 64;

    /// <summary>One HTTP attempt's limit: a hanging Cloud API must not hold a citizen's outbox for long.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A send handed to the dispatcher and not reported back within this time (a silo shutting down mid-send, say)
    /// is handed over again: at least once, never lost.
    /// </summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest a failed send waits before its next attempt.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a conversation stays quiet with nothing to send before it settles (writes what has no write of its own,
    /// such as sent marks, and lets go of its timers), and the period of each silo's <see cref="OutboxSweeper"/>, which
    /// wakes conversations whose stored outbox has been pending for two of these (their silo died). Replies left by a
    /// dead silo therefore leave within about three periods of its death being detected.
    /// </summary>
    public TimeSpan WakeUpPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the circuit stays open once the Cloud API is failing, so an outage does not become a retry storm.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
