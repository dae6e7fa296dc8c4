using ManaMitra.Catalog;
using ManaMitra.Grains.Dashboard;
using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Observability;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace ManaMitra.Tests.Observability;

[Collection(ChatClusterCollection.Name)]
public sealed class DashboardGrainTests(ChatCluster cluster)
{
    [Fact]
    public async Task Reports_from_many_silos_at_once_add_up_in_the_last_hour()
    {
        // A key of its own: the cluster's silos report their real traffic to the production key.
        var key = Random.Shared.NextInt64(1, long.MaxValue);
        var dashboard = cluster.Grains.GetGrain<IDashboardGrain>(key);
        var stream = cluster.Cluster.GetSiloServiceProvider(cluster.Cluster.Silos[0].SiloAddress)
            .GetRequiredKeyedService<IStreamProvider>(ServiceEvents.ProviderName)
            .GetStream<DashboardBatch>(ServiceEvents.For(key));

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => stream.OnNextAsync(Batch(i))));
        var snapshot = await Eventually.Until(dashboard.Snapshot, s => s.Minutes.Sum(m => m.MessagesIn) >= 120);

        Assert.Equal(DashboardGrain.WindowMinutes, snapshot.Minutes.Count);
        Assert.Equal(120, snapshot.Minutes.Sum(m => m.MessagesIn));
        Assert.Equal(180, snapshot.Minutes.Sum(m => m.MessagesOut));
        Assert.Equal(90, snapshot.Minutes.Sum(m => m.Requests));
        Assert.True(snapshot.Minutes.Zip(snapshot.Minutes.Skip(1)).All(p => p.Second.Start - p.First.Start == TimeSpan.FromMinutes(1)));

        var caste = Assert.Single(snapshot.Services, s => s.Service == "caste-certificate");
        Assert.Equal(("revenue", 60, 60, 0, 0), (caste.Department, caste.Requests, caste.Completed, caste.Declined, caste.AwaitingPayment));
        Assert.InRange(caste.MedianMs!.Value, 20, 22);
        Assert.InRange(caste.P95Ms!.Value, 20, 22);
        var darshan = Assert.Single(snapshot.Services, s => s.Service == "darshan-slot");
        Assert.Equal(("endowments", 30, 0, 30), (darshan.Department, darshan.Requests, darshan.Completed, darshan.Declined));
        Assert.InRange(darshan.MedianMs!.Value, 300, 330);
        Assert.Equal("caste-certificate", snapshot.Services[0].Service);
    }

    [Fact]
    public async Task Payment_figures_from_many_silos_add_up_per_department_with_the_longest_lag()
    {
        var key = Random.Shared.NextInt64(1, long.MaxValue);
        var dashboard = cluster.Grains.GetGrain<IDashboardGrain>(key);
        var stream = cluster.Cluster.GetSiloServiceProvider(cluster.Cluster.Silos[0].SiloAddress)
            .GetRequiredKeyedService<IStreamProvider>(ServiceEvents.ProviderName)
            .GetStream<DashboardBatch>(ServiceEvents.For(key));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => stream.OnNextAsync(PaymentBatch(i))));
        var snapshot = await Eventually.Until(dashboard.Snapshot, s => s.Payments.Sum(p => p.Created) >= 30);

        Assert.Equal(["energy", "revenue"], snapshot.Payments.Select(p => p.Department));
        var energy = snapshot.Payments[0];
        Assert.Equal((20, 20, 0, 0), (energy.Created, energy.Captured, energy.Failed, energy.Expired));
        Assert.Equal(20 * 196.55m, energy.AmountCaptured);
        Assert.Equal(10, energy.Reconciled);
        // Silo 19 reported the worst lag: 3 minutes plus 19 seconds.
        Assert.Equal(TimeSpan.FromSeconds(180 + 19).TotalMilliseconds, energy.MaxReconciliationLagMs);
        var revenue = snapshot.Payments[1];
        Assert.Equal((10, 0, 5, 5, 0m, 0), (revenue.Created, revenue.Captured, revenue.Failed, revenue.Expired, revenue.AmountCaptured, revenue.Reconciled));
        Assert.Null(revenue.MaxReconciliationLagMs);
        Assert.Empty(snapshot.Services);
    }

    [Fact]
    public async Task A_dashboard_before_any_report_shows_an_empty_hour()
    {
        var snapshot = await cluster.Grains.GetGrain<IDashboardGrain>(Random.Shared.NextInt64(1, long.MaxValue)).Snapshot();

        Assert.Empty(snapshot.Services);
        Assert.Empty(snapshot.Payments);
        Assert.Equal(DashboardGrain.WindowMinutes, snapshot.Minutes.Count);
        Assert.All(snapshot.Minutes, m => Assert.Equal((0, 0, 0), (m.MessagesIn, m.MessagesOut, m.Requests)));
    }

    /// <summary>Every silo captured one electricity bill, odd ones by reconciliation; every other one saw an application fee fail or expire.</summary>
    private static DashboardBatch PaymentBatch(int silo)
    {
        var batch = new DashboardBatch();
        var energy = batch.PaymentsOf("energy");
        (energy.Created, energy.Captured, energy.CapturedPaise) = (1, 1, 19655);
        if (silo % 2 == 1)
        {
            energy.Reconciled = 1;
            energy.Lagged(TimeSpan.FromSeconds(180 + silo));
        }
        else
        {
            var revenue = batch.PaymentsOf("revenue");
            revenue.Created = 1;
            if (silo % 4 == 0)
            {
                revenue.Failed = 1;
            }
            else
            {
                revenue.Expired = 1;
            }
        }

        return batch;
    }

    private static DashboardBatch Batch(int silo)
    {
        var batch = new DashboardBatch { MessagesIn = 2, MessagesOut = 3 };
        var caste = batch.For(new ServiceKey("revenue", "caste-certificate"));
        caste.Completed = 1;
        caste.TimeToServe.Record(TimeSpan.FromMilliseconds(20));
        if (silo % 2 == 0)
        {
            var darshan = batch.For(new ServiceKey("endowments", "darshan-slot"));
            darshan.Declined = 1;
            darshan.TimeToServe.Record(TimeSpan.FromMilliseconds(300));
        }

        return batch;
    }
}
