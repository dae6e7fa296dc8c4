namespace ManaMitra.Catalog;

/// <summary>
/// How much of a paid booking comes back when the citizen cancels: the catalog's <c>cancellation</c> of a booking
/// lists tiers, e.g. 90 % up to 24 hours before the session starts, 50 % up to 2 hours before. After the last tier
/// the ticket can no longer be cancelled; a booking without tiers never can (darshan tickets are final).
/// </summary>
public static class Cancellations
{
    /// <summary>No department books further ahead than a year, so no tier needs to reach further back.</summary>
    public const int MaxHoursBefore = 366 * 24;

    /// <summary>The percentage refunded when cancelling <paramref name="beforeStart"/> ahead of the session; null when too late or never allowed.</summary>
    public static int? RefundPercent(Service service, TimeSpan beforeStart) =>
        service.Cancellation.FirstOrDefault(t => beforeStart >= TimeSpan.FromHours(t.HoursBefore))?.RefundPercent;

    /// <summary>What is wrong with a service's tiers: only bookings have them, latest tier last, percentages that fall.</summary>
    internal static IEnumerable<string> Defects(IReadOnlyList<CancellationTier> tiers, HandlerKind? handler)
    {
        if (tiers.Count > 0 && handler != HandlerKind.BookSlot)
        {
            yield return $"cancellation is only for a BookSlot service, not {handler}";
        }

        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            if (tier.HoursBefore is < 0 or > MaxHoursBefore)
            {
                yield return $"cancellation[{i}]: hoursBefore {tier.HoursBefore} is not from 0 to {MaxHoursBefore}";
            }

            if (tier.RefundPercent is < 0 or > 100)
            {
                yield return $"cancellation[{i}]: refundPercent {tier.RefundPercent} is not from 0 to 100";
            }

            // Tiers are read first to last and the first one reached applies: an earlier deadline must come first.
            if (i > 0 && (tier.HoursBefore >= tiers[i - 1].HoursBefore || tier.RefundPercent > tiers[i - 1].RefundPercent))
            {
                yield return $"cancellation[{i}]: tiers go from the earliest deadline to the latest, refunds never rising";
            }
        }
    }
}

/// <param name="HoursBefore">Cancelled at least this many hours before the session starts…</param>
/// <param name="RefundPercent">…this share of the fare paid comes back.</param>
public sealed record CancellationTier(int HoursBefore, int RefundPercent);
