using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Observability;
using ManaMitra.WhatsApp.CloudApi;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Observability;

public sealed class DashboardTallyTests
{
    private const OutboxEntryKind Reply = OutboxEntryKind.Reply;
    private const OutboxEntryKind ReadReceipt = OutboxEntryKind.ReadReceipt;

    [Fact]
    public async Task Events_recorded_from_many_threads_while_reports_are_taken_are_each_counted_once()
    {
        using var host = new ServiceCollection().AddManaMitraMetrics().BuildServiceProvider();
        using var otherHost = new ServiceCollection().AddManaMitraMetrics().BuildServiceProvider();
        var metrics = host.GetRequiredService<ManaMitraMetrics>();
        var otherMetrics = otherHost.GetRequiredService<ManaMitraMetrics>();
        using var tally = new DashboardTally(metrics);
        var taken = new DashboardBatch();
        using var done = new CancellationTokenSource();

        // A reporter takes batches all along, as the silo's does every few seconds.
        var reporter = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                taken.Add(tally.Take());
                await Task.Yield();
            }
        });
        Parallel.For(0, 2000, i =>
        {
            var service = i % 2 == 0 ? "caste-certificate" : "income-certificate";
            var status = i % 4 == 3 ? OutcomeStatus.Declined : i % 4 == 1 ? OutcomeStatus.AwaitingPayment : OutcomeStatus.Completed;
            metrics.ServiceServed("revenue", service, status, TimeSpan.FromMilliseconds(i % 10 == 0 ? 1000 : 20));
            metrics.MessageIn(InboundKind.Text);
            metrics.SendEnded(Reply, new SendResult.Accepted($"wamid.{i}"), TimeSpan.FromMilliseconds(5));
            metrics.SendEnded(ReadReceipt, new SendResult.Accepted(""), TimeSpan.FromMilliseconds(5));
            metrics.SendEnded(Reply, new SendResult.Transient("timed out"), TimeSpan.FromMilliseconds(5));
            // Another host in the same process (as in tests, or a frontend co-hosting a silo) is not this silo's traffic.
            otherMetrics.MessageIn(InboundKind.Text);
            otherMetrics.ServiceServed("revenue", service, status, TimeSpan.FromMilliseconds(20));
        });
        await done.CancelAsync();
        await reporter;
        taken.Add(tally.Take());

        Assert.Equal(2000, taken.MessagesIn);
        Assert.Equal(2000, taken.MessagesOut);
        var caste = taken.Services[new ServiceKey("revenue", "caste-certificate")];
        var income = taken.Services[new ServiceKey("revenue", "income-certificate")];
        Assert.Equal(2, taken.Services.Count);
        Assert.Equal((1000, 0, 0), (caste.Completed, caste.Declined, caste.AwaitingPayment));
        Assert.Equal((0, 500, 500), (income.Completed, income.Declined, income.AwaitingPayment));
        Assert.Equal(1000, caste.TimeToServe.Total);

        // One run in ten took a second, the rest 20 ms: buckets are 10% wide.
        var all = new LatencyHistogram();
        all.Add(caste.TimeToServe);
        all.Add(income.TimeToServe);
        Assert.InRange(all.Quantile(0.5)!.Value.TotalMilliseconds, 20, 22);
        Assert.InRange(all.Quantile(0.95)!.Value.TotalMilliseconds, 1000, 1100);
    }

    [Fact]
    public void Payment_events_are_tallied_per_department_with_paise_and_the_longest_reconciliation_lag()
    {
        using var host = new ServiceCollection().AddManaMitraMetrics().BuildServiceProvider();
        using var otherHost = new ServiceCollection().AddManaMitraMetrics().BuildServiceProvider();
        var payments = host.GetRequiredService<PaymentMetrics>();
        using var tally = new DashboardTally(host.GetRequiredService<ManaMitraMetrics>());

        foreach (var _ in Enumerable.Range(0, 4))
        {
            payments.Payment("energy", "electricity-bill", PaymentEvent.Created, 196.55m);
        }

        payments.Payment("energy", "electricity-bill", PaymentEvent.Captured, 196.55m);
        payments.Settled("energy", PaymentEvent.Captured, SettlementSource.Callback, null);
        payments.Payment("energy", "electricity-bill", PaymentEvent.Captured, 0.10m);
        payments.Settled("energy", PaymentEvent.Captured, SettlementSource.Reconciliation, TimeSpan.FromMinutes(4));
        payments.Payment("energy", "electricity-bill", PaymentEvent.Failed, 196.55m);
        payments.Settled("energy", PaymentEvent.Failed, SettlementSource.Reconciliation, TimeSpan.FromSeconds(190));
        payments.Payment("energy", "electricity-bill", PaymentEvent.Expired, 196.55m);
        // A refund is money returned, not captured: it leaves the captured amount as it was.
        payments.Payment("energy", "electricity-bill", PaymentEvent.Refunded, 196.55m);
        payments.Payment("revenue", "income-certificate", PaymentEvent.Created, 45m);
        otherHost.GetRequiredService<PaymentMetrics>().Payment("energy", "electricity-bill", PaymentEvent.Captured, 500m);

        var batch = tally.Take();

        Assert.False(batch.IsEmpty);
        Assert.Equal(2, batch.Payments.Count);
        var energy = batch.Payments["energy"];
        Assert.Equal((4, 2, 1, 1), (energy.Created, energy.Captured, energy.Failed, energy.Expired));
        Assert.Equal(19665, energy.CapturedPaise);
        Assert.Equal(2, energy.Reconciled);
        Assert.Equal(TimeSpan.FromMinutes(4), energy.LongestReconciliationLag);
        var revenue = batch.Payments["revenue"];
        Assert.Equal((1, 0, 0), (revenue.Created, revenue.Reconciled, revenue.CapturedPaise));
        Assert.Null(revenue.LongestReconciliationLag);
        Assert.Empty(batch.Services);
    }

    [Fact]
    public void A_report_that_failed_is_returned_and_sent_with_the_next()
    {
        using var host = new ServiceCollection().AddManaMitraMetrics().BuildServiceProvider();
        var metrics = host.GetRequiredService<ManaMitraMetrics>();
        using var tally = new DashboardTally(metrics);
        metrics.MessageIn(InboundKind.Text);
        var failed = tally.Take();
        metrics.MessageIn(InboundKind.ListReply);

        tally.Return(failed);

        Assert.Equal(2, tally.Take().MessagesIn);
        Assert.True(tally.Take().IsEmpty);
    }

    [Fact]
    public void Searches_are_counted_off_their_counter_and_the_words_of_those_that_found_nothing_ride_along()
    {
        using var host = new ServiceCollection().AddManaMitraMetrics().BuildServiceProvider();
        var searches = host.GetRequiredService<SearchMetrics>();
        using var tally = new DashboardTally(host.GetRequiredService<ManaMitraMetrics>());
        var at = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

        searches.Searched("en", foundNothing: false);
        searches.Searched("te", foundNothing: true);
        tally.FoundNothing("kabaddi tournament", at);
        var failed = tally.Take();
        searches.Searched("en", foundNothing: true);
        tally.FoundNothing("kabaddi tournament", at.AddMinutes(1));
        tally.Return(failed);

        var batch = tally.Take();
        Assert.Equal(3, batch.Searches);
        var kabaddi = Assert.Single(batch.Unmatched.ByWords);
        Assert.Equal(("kabaddi tournament", 2L, at.AddMinutes(1)), (kabaddi.Key, kabaddi.Value.Count, kabaddi.Value.LastSeen));
        Assert.True(tally.Take().IsEmpty);
    }
}
