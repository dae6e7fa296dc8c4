using ManaMitra.Grains.Citizens;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// On PostgreSQL, once a period (<see cref="OutboundOptions.WakeUpPeriod"/>): finds the conversations whose stored
/// outbox has said "pending" for two periods (<see cref="GrainStateScans.PendingAsync"/>) — a living grain sends, then
/// settles a period after its last reply, which clears the flag — and wakes each; activating it on a live silo hands
/// its oldest pending entry over. That is the whole of crash recovery for replies: no reminder per conversation
/// (registering one was a statement of its own on every first contact, and slowed a burst of new citizens fivefold),
/// only one indexed query per silo per period.
/// </summary>
public sealed class OutboxSweeper(
    GrainStateScans states,
    IGrainFactory grains,
    IOptions<OutboundOptions> options,
    ILogger<OutboxSweeper> logger) : GrainSweep(logger)
{
    protected override TimeSpan Period => options.Value.WakeUpPeriod;

    protected override Task<IReadOnlyList<GrainId>> FindAsync(GrainId? after, int limit, CancellationToken cancellationToken) =>
        states.PendingAsync(CitizenChatGrain.StateName, 2 * Period, after, limit, cancellationToken);

    protected override Task CallAsync(GrainId grain) => grains.GetGrain<IOutboxDelivery>(grain.Key.ToString()!).Wake();
}
