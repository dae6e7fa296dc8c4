using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// Paces this silo's sends to its share of the sending number's rate (the cluster's rate divided by the active
/// silos), so the cluster as a whole stays under Meta's limit however many silos run. A short burst is allowed,
/// as Meta allows one.
/// </summary>
public sealed class SendRateGate(IOptions<OutboundOptions> options, IClusterMembershipService membership, TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _nextTicks;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var delay = Reserve();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>The silo's share of the cluster's rate, in messages per second.</summary>
    public double Share
    {
        get
        {
            var silos = membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
            return options.Value.MessagesPerSecond / Math.Max(1, silos);
        }
    }

    // Generic cell rate: each send books the next free slot. A slot may lie up to a second in the past, so after a
    // quiet spell one second's worth of sends may leave at once: that is the burst allowance.
    private TimeSpan Reserve()
    {
        var interval = (long)(TimeSpan.TicksPerSecond / Share);
        var burstWindow = Math.Max(0, TimeSpan.TicksPerSecond - interval);
        var now = time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            var slot = Math.Max(_nextTicks, now - burstWindow);
            _nextTicks = slot + interval;
            return TimeSpan.FromTicks(Math.Max(0, slot - now));
        }
    }
}
