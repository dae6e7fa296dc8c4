using System.Diagnostics;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Persistence;
using Xunit.Abstractions;

namespace ManaMitra.Tests.Cluster;

/// <summary>
/// Every silo stopped with SIGTERM and started again: grains were deactivated gracefully, so a citizen carries on
/// where they were and nothing in their outbox is sent twice.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloRestartTests(PostgresServer server, ITestOutputHelper output)
{
    private const string Citizen = "919000000002";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_citizen_continues_where_they_were_after_every_silo_restarts_gracefully()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync());
        Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
        var silos = await cluster.StartSilosAsync(2);
        await cluster.StartFrontendAsync();

        await SayAsync(cluster, MetaWebhooks.Text(Citizen, "wamid.restart-1", "hi"));
        await SayAsync(cluster, MetaWebhooks.Choice(Citizen, "wamid.restart-2", ChoiceIds.ForLanguage("en")));
        await SayAsync(cluster, MetaWebhooks.Choice(Citizen, "wamid.restart-3", ChoiceIds.Departments));
        var department = await SayAsync(cluster, MetaWebhooks.Choice(Citizen, "wamid.restart-4", ChoiceIds.Department("revenue")));
        // The revenue department has more services than a list holds: its first page ends with a "More" row.
        Assert.Equal(Paging.ItemsPerPage, department.Count(id => id.StartsWith("svc:", StringComparison.Ordinal)));
        Assert.Equal(ChoiceIds.Department("revenue", 1), department[^1]);

        // A delivery status is held in memory only (it changes no conversation); a graceful stop must still store it.
        var chat = (await cluster.ClientAsync()).ChatOf(Citizen);
        var lastSent = cluster.Cloud.MessageIdsDeliveredTo(Citizen)[^1];
        await cluster.DeliverAsync(MetaWebhooks.Status(Citizen, lastSent, "delivered"), Timeout);

        var stopping = Stopwatch.StartNew();
        foreach (var silo in silos)
        {
            silo.Process.Terminate();
        }

        foreach (var silo in silos)
        {
            Assert.True(await silo.Process.WaitForExitAsync(Timeout) == 0, silo.Process.Output);
        }

        output.WriteLine($"both silos left the cluster and exited {stopping.Elapsed.TotalSeconds:F1} s after SIGTERM");

        Assert.Equal(new Dictionary<SiloStatus, int> { [SiloStatus.Dead] = 2 }, await cluster.MembershipAsync());
        var repliesBefore = cluster.Cloud.RepliesTo(Citizen).Count;

        await cluster.StartSilosAsync(2);

        // "back" from the department returns to the list of departments: language, place and history all survived.
        var restarted = Stopwatch.StartNew();
        var back = await SayAsync(cluster, MetaWebhooks.Text(Citizen, "wamid.restart-5", "back"));
        output.WriteLine($"first reply after the restart {restarted.Elapsed.TotalSeconds:F1} s after the new silos were ready");
        Assert.Contains(ChoiceIds.Department("revenue"), back);
        // The departments list's first page: eight departments and a "More" row.
        Assert.Equal(Paging.ItemsPerPage, back.Count(id => id.StartsWith("dept:", StringComparison.Ordinal)));
        Assert.Equal(ChoiceIds.DepartmentsPage(1), back[^1]);
        // Drained in order, so any resend of an earlier entry would have arrived before this screen.
        Assert.Equal(repliesBefore + 1, cluster.Cloud.RepliesTo(Citizen).Count);
        await cluster.ForgetClientAsync();
        chat = (await cluster.ClientAsync()).ChatOf(Citizen);
        var delivered = (await chat.Outbox()).Single(e => e.Sent == MessageDigest.Of(lastSent));
        Assert.Equal(OutboxEntryState.Delivered, delivered.State);
    }

    /// <summary>Delivers one citizen message (retrying as Meta would) and returns the screen it produced.</summary>
    private static async Task<IReadOnlyList<string>> SayAsync(LocalCluster cluster, string webhook)
    {
        var seen = cluster.Cloud.RepliesTo(Citizen).Count;
        await cluster.DeliverAsync(webhook, Timeout);
        return await cluster.Cloud.NextScreenAsync(Citizen, seen, Timeout);
    }
}
