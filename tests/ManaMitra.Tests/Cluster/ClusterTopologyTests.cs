using System.Net;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Persistence;

namespace ManaMitra.Tests.Cluster;

/// <summary>The production topology run as local processes: migrate, two silos, a frontend client, PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterTopologyTests(PostgresServer server)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Migrate_exits_zero_and_a_second_run_finds_nothing_to_do()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync());

        var first = await cluster.MigrateAsync();
        var second = await cluster.MigrateAsync();

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("applied 0001_", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("already at version", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_on_an_unmigrated_database_exits_non_zero_saying_to_run_migrate()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync());

        var silo = cluster.StartSilo();
        var exitCode = await silo.Process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("run `dotnet run --project src/Silo -- migrate`", silo.Process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_frontend_client_routes_a_webhook_to_a_grain_on_a_silo_whose_reply_reaches_the_Cloud_API()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync());
        Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
        var silos = await cluster.StartSilosAsync(2);
        var frontend = await cluster.StartFrontendAsync();
        const string citizen = "919000000001";

        Assert.Equal(HttpStatusCode.OK, await cluster.PostAsync(MetaWebhooks.Text(citizen, "wamid.topology-1", "Hi")));

        Assert.Equal([ChoiceIds.ForLanguage("te"), ChoiceIds.ForLanguage("en")], await cluster.Cloud.NextScreenAsync(citizen, 0, ReplyTimeout));
        // The read receipt follows the reply.
        var read = (await cluster.Cloud.WaitForAsync(2, ReplyTimeout)).Single(r => r.IsReadReceipt);
        Assert.Equal("Bearer EAAG-cluster-test", read.Authorization);
        Assert.Equal("wamid.topology-1", read.MarksRead);

        var grains = await cluster.ClientAsync();
        var address = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.ChatOf(citizen));
        Assert.Contains(address!.Endpoint.Port, silos.Select(s => s.SiloPort));
        Assert.Equal(new Dictionary<SiloStatus, int> { [SiloStatus.Active] = 2 }, await cluster.MembershipAsync());

        // SIGTERM on the frontend: Kestrel stops accepting, finishes what is in flight and the process exits cleanly.
        frontend.Terminate();
        Assert.Equal(0, await frontend.WaitForExitAsync(TimeSpan.FromSeconds(40)));
    }

    [Fact]
    public async Task A_frontend_hosting_a_silo_joins_the_cluster_and_answers_a_webhook_from_a_grain_in_its_own_process()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync());
        Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
        var frontend = await cluster.StartFrontendAsync(hostsSilo: true);
        const string citizen = "919000000002";

        Assert.Equal(HttpStatusCode.OK, await cluster.PostAsync(MetaWebhooks.Text(citizen, "wamid.cohosted-1", "Hi")));

        Assert.Equal([ChoiceIds.ForLanguage("te"), ChoiceIds.ForLanguage("en")], await cluster.Cloud.NextScreenAsync(citizen, 0, ReplyTimeout));
        // The only silo of the cluster is the frontend's own, so the grain that answered ran there.
        Assert.Equal(new Dictionary<SiloStatus, int> { [SiloStatus.Active] = 1 }, await cluster.MembershipAsync());

        frontend.Terminate();
        Assert.Equal(0, await frontend.WaitForExitAsync(TimeSpan.FromSeconds(40)));
        Assert.Equal(new Dictionary<SiloStatus, int> { [SiloStatus.Dead] = 1 }, await cluster.MembershipAsync());
    }
}
