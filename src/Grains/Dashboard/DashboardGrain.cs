using ManaMitra.Catalog;
using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Observability;
using Orleans.Streams;

namespace ManaMitra.Grains.Dashboard;

/// <summary>
/// Keeps one batch per minute for the last hour. It consumes the <see cref="ServiceEvents"/> stream of its own key
/// (an implicit subscription: the first batch activates it). Batches add into the current minute, so the grain's
/// work per report is proportional to the services that silo saw, and its memory to an hour of distinct services
/// (and of unmatched searches' words, at most <see cref="UnmatchedSearches.MaxWords"/> a minute).
/// </summary>
[ImplicitStreamSubscription(ServiceEvents.Namespace)]
// The Orleans Dashboard's own grain is also a "DashboardGrain"; grain type names must be unique in the cluster.
[GrainType("manamitra-dashboard")]
public sealed class DashboardGrain(TimeProvider time) : Grain, IDashboardGrain
{
    public const int WindowMinutes = 60;

    /// <summary>Rows of searches that found nothing on the page: the words typed most; the rest count in the total.</summary>
    public const int UnmatchedShown = 50;

    private readonly SortedDictionary<long, DashboardBatch> _minutes = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stream = this.GetStreamProvider(ServiceEvents.ProviderName).GetStream<DashboardBatch>(ServiceEvents.For(this.GetPrimaryKeyLong()));
        await stream.SubscribeAsync((batch, _) => Record(batch));
    }

    private Task Record(DashboardBatch batch)
    {
        var minute = CurrentMinute();
        if (!_minutes.TryGetValue(minute, out var bucket))
        {
            _minutes[minute] = bucket = new DashboardBatch();
        }

        bucket.Add(batch);
        Forget(minute);
        return Task.CompletedTask;
    }

    public Task<DashboardSnapshot> Snapshot()
    {
        var now = CurrentMinute();
        Forget(now);
        var hour = new DashboardBatch();
        var minutes = new List<MinuteRow>(WindowMinutes);
        for (var minute = now - WindowMinutes + 1; minute <= now; minute++)
        {
            var bucket = _minutes.GetValueOrDefault(minute);
            if (bucket is not null)
            {
                hour.Add(bucket);
            }

            minutes.Add(new MinuteRow(
                DateTimeOffset.FromUnixTimeSeconds(minute * 60),
                bucket?.MessagesIn ?? 0,
                bucket?.MessagesOut ?? 0,
                bucket?.Services.Values.Sum(s => s.Requests) ?? 0));
        }

        var services = hour.Services
            .Select(p => new ServiceRow(
                p.Key.Department,
                p.Key.Service,
                p.Value.Requests,
                p.Value.Completed,
                p.Value.Declined,
                p.Value.AwaitingPayment,
                p.Value.TimeToServe.Quantile(0.5)?.TotalMilliseconds,
                p.Value.TimeToServe.Quantile(0.95)?.TotalMilliseconds,
                p.Value.Submitted))
            .OrderByDescending(r => r.Requests)
            .ThenBy(r => r.Department, StringComparer.Ordinal)
            .ThenBy(r => r.Service, StringComparer.Ordinal)
            .ToList();
        var payments = hour.Payments
            .Select(p => new PaymentRow(
                p.Key,
                p.Value.Created,
                p.Value.Captured,
                p.Value.Failed,
                p.Value.Expired,
                p.Value.CapturedPaise / 100m,
                p.Value.Reconciled,
                p.Value.LongestReconciliationLag?.TotalMilliseconds))
            .OrderByDescending(r => r.Created)
            .ThenBy(r => r.Department, StringComparer.Ordinal)
            .ToList();
        var searches = new SearchesRow(
            hour.Searches,
            hour.Unmatched.Total,
            [.. hour.Unmatched.Most(UnmatchedShown).Select(u => new UnmatchedRow(u.Words, u.Search.Count, u.Search.LastSeen))]);
        return Task.FromResult(new DashboardSnapshot(time.GetUtcNow(), services, minutes, payments, searches));
    }

    private long CurrentMinute() => time.GetUtcNow().ToUnixTimeSeconds() / 60;

    private void Forget(long now)
    {
        while (_minutes.Count > 0 && _minutes.First().Key <= now - WindowMinutes)
        {
            _minutes.Remove(_minutes.First().Key);
        }
    }
}
