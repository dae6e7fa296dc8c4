using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Persistence;

namespace ManaMitra.Tests.Cluster;

/// <summary>
/// A silo killed outright while a citizen's replies are stored but not yet sent (the Cloud API was failing): the
/// outbox's reminder brings the conversation back on another silo and the replies go out once the Cloud API is
/// healthy again, although the citizen never writes again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxRecoveryTests(PostgresServer server)
{
    private const string Citizen = "919000000301";
    private const string Wamid = "wamid.recover-1";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);

    // Seconds instead of production's minute, so the tick that finds the orphaned outbox comes quickly; quick
    // attempts and breaks so the failing Cloud API does not hold the test either.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["ManaMitra__Outbound__WakeUpPeriod"] = "00:00:05",
        ["ManaMitra__Outbound__AttemptTimeout"] = "00:00:02",
        ["ManaMitra__Outbound__MaxBackoff"] = "00:00:01",
        ["ManaMitra__Outbound__CircuitBreakDuration"] = "00:00:01",
    };

    [Fact]
    public async Task Replies_stored_but_unsent_when_their_silo_dies_are_sent_once_without_the_citizen_writing_again()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync(), Settings);
        Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
        var silos = await cluster.StartSilosAsync(2);
        await cluster.StartFrontendAsync();
        cluster.Cloud.Faults = _ => CloudApiFault.ServerError;

        await cluster.DeliverAsync(MetaWebhooks.Text(Citizen, Wamid, "hi"), Timeout);
        // Two refused attempts: the outbox is stored and its sends are failing, not merely not yet started.
        await cluster.Cloud.WaitForAsync(2, Timeout);

        var grains = await cluster.ClientAsync();
        var host = (await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.ChatOf(Citizen)))!;
        silos.Single(s => s.SiloPort == host.Endpoint.Port).Process.Kill();
        await cluster.ForgetClientAsync();
        await cluster.StartSilosAsync(1);
        cluster.Cloud.Faults = null;

        // Nothing in the test calls the citizen's grain until the reply has arrived: only the reminder can wake it.
        await Until(() => cluster.Cloud.Delivered.Any(r => r.To == Citizen), cluster, "the pending reply was not sent after the crash");

        var outbox = await Outboxes.Drained((await cluster.ClientAsync()).ChatOf(Citizen), Timeout);
        Assert.All(outbox, e => Assert.Equal(OutboxEntryState.Sent, e.State));
        Assert.Equal(Outboxes.Digests(cluster.Cloud.MessageIdsDeliveredTo(Citizen)), Outboxes.SentDigests(outbox));
        Assert.Single(cluster.Cloud.Delivered, r => r.MarksRead == Wamid);
    }

    private static async Task Until(Func<bool> condition, LocalCluster cluster, string failure)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{failure} within {Timeout}\n{cluster.Logs()}");
            }

            await Task.Delay(200);
        }
    }
}
