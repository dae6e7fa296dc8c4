using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Observability;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ManaMitra.Tests.Observability;

/// <summary>
/// Service events recorded on several silos at once, from many threads each, travel as per-silo batches on the
/// service-event stream and add up exactly in the one dashboard grain.
/// </summary>
public sealed class ServiceEventStreamTests : IAsyncLifetime
{
    private const short Silos = 3;
    private const int ThreadsPerSilo = 4;
    private const int EventsPerThread = 300;

    private static readonly (string Department, string Service, OutcomeStatus Status, TimeSpan Took)[] Services =
    [
        ("revenue", "caste-certificate", OutcomeStatus.Completed, TimeSpan.FromMilliseconds(20)),
        ("revenue", "income-certificate", OutcomeStatus.Declined, TimeSpan.FromMilliseconds(50)),
        ("endowments", "darshan-slot", OutcomeStatus.AwaitingPayment, TimeSpan.FromMilliseconds(300)),
    ];

    private InProcessTestCluster? _cluster;

    private InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("cluster not started");

    public async Task InitializeAsync() =>
        _cluster = await GrainsTestCluster.StartAsync(Silos, new Dictionary<string, string?> { ["ManaMitra:Dashboard:ReportInterval"] = "00:00:00.2" });

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task Concurrent_events_on_every_silo_add_up_exactly_per_department_and_service()
    {
        Assert.Equal(Silos, Cluster.Silos.Count);
        var silos = Cluster.Silos.Select(s => Cluster.GetSiloServiceProvider(s.SiloAddress).GetRequiredService<ManaMitraMetrics>()).ToList();

        // What citizens' grains record as they are served: every thread of every silo at once.
        await Task.WhenAll(silos.SelectMany(metrics => Enumerable.Range(0, ThreadsPerSilo).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < EventsPerThread; i++)
            {
                var (department, service, status, took) = Services[i % Services.Length];
                metrics.MessageIn(InboundKind.Text);
                metrics.ServiceServed(department, service, status, took);
            }
        }))));

        const long total = (long)Silos * ThreadsPerSilo * EventsPerThread;
        var dashboard = Cluster.Client.GetGrain<IDashboardGrain>(IDashboardGrain.Key);
        var snapshot = await Eventually.Until(dashboard.Snapshot, s => s.Services.Sum(r => r.Requests) >= total);

        const long perService = total / 3;
        Assert.Equal(total, snapshot.Minutes.Sum(m => m.MessagesIn));
        Assert.Equal(total, snapshot.Minutes.Sum(m => m.Requests));
        Assert.Equal(3, snapshot.Services.Count);
        var caste = Assert.Single(snapshot.Services, s => s.Service == "caste-certificate");
        Assert.Equal(("revenue", perService, perService, 0L, 0L), (caste.Department, caste.Requests, caste.Completed, caste.Declined, caste.AwaitingPayment));
        Assert.InRange(caste.MedianMs!.Value, 20, 22);
        var income = Assert.Single(snapshot.Services, s => s.Service == "income-certificate");
        Assert.Equal(("revenue", perService, 0L, perService, 0L), (income.Department, income.Requests, income.Completed, income.Declined, income.AwaitingPayment));
        Assert.InRange(income.P95Ms!.Value, 50, 55);
        var darshan = Assert.Single(snapshot.Services, s => s.Service == "darshan-slot");
        Assert.Equal(("endowments", perService, 0L, 0L, perService), (darshan.Department, darshan.Requests, darshan.Completed, darshan.Declined, darshan.AwaitingPayment));
        Assert.InRange(darshan.MedianMs!.Value, 300, 330);
    }
}
