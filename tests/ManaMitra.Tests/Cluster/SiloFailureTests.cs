using System.Diagnostics;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Persistence;
using Xunit.Abstractions;

namespace ManaMitra.Tests.Cluster;

/// <summary>
/// A silo killed outright (no graceful shutdown) in a three-silo cluster: its citizens' grains come back on the
/// survivors from PostgreSQL, and a webhook that failed meanwhile is retried as Meta retries it, so none is lost.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloFailureTests(PostgresServer server, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly string[] Citizens = Enumerable.Range(1, 8).Select(i => $"9190000001{i:D2}").ToArray();

    [Fact]
    public async Task Citizens_of_a_killed_silo_carry_on_from_where_they_were_on_the_survivors()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync());
        Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
        var silos = await cluster.StartSilosAsync(3);
        await cluster.StartFrontendAsync();

        var lastBefore = (await Task.WhenAll(Citizens.Select(async citizen =>
        {
            await SayAsync(cluster, citizen, MetaWebhooks.Text(citizen, $"wamid.{citizen}.1", "hi"));
            await SayAsync(cluster, citizen, MetaWebhooks.Choice(citizen, $"wamid.{citizen}.2", ChoiceIds.ForLanguage("en")));
            var (departments, _) = await SayAsync(cluster, citizen, MetaWebhooks.Choice(citizen, $"wamid.{citizen}.3", ChoiceIds.Departments));
            return (citizen, departments);
        }))).ToDictionary(c => c.citizen, c => c.departments);

        // Kill the silo that hosts the first citizen, so at least one conversation certainly loses its activation.
        var grains = await cluster.ClientAsync();
        var management = grains.GetGrain<IManagementGrain>(0);
        var placement = new Dictionary<string, int>();
        foreach (var citizen in Citizens)
        {
            placement[citizen] = (await management.GetActivationAddress(grains.ChatOf(citizen)))!.Endpoint.Port;
        }

        var victim = silos.Single(s => s.SiloPort == placement[Citizens[0]]);
        var orphaned = Citizens.Where(c => placement[c] == victim.SiloPort).ToHashSet();
        victim.Process.Kill();
        var sinceKill = Stopwatch.StartNew();

        var served = await Task.WhenAll(Citizens.Select(async citizen =>
        {
            var (department, attempts) = await SayAfterTheKillAsync(cluster, citizen, MetaWebhooks.Choice(citizen, $"wamid.{citizen}.4", ChoiceIds.Department("revenue")), lastBefore[citizen]);
            var at = sinceKill.Elapsed;
            var (back, _) = await SayAsync(cluster, citizen, MetaWebhooks.Text(citizen, $"wamid.{citizen}.5", "back"));
            return (citizen, department, back, attempts, at);
        }));

        foreach (var (citizen, department, back, attempts, at) in served)
        {
            output.WriteLine($"{citizen} {(orphaned.Contains(citizen) ? "on the killed silo" : "on a survivor")}: served {at.TotalSeconds:F1} s after the kill, {attempts} attempt(s)");
            // Starting over would show the language question; the citizen is in the department they chose instead,
            // and "back" returns to the list they came from.
            Assert.Equal(Paging.ItemsPerPage, department.Count(id => id.StartsWith("svc:", StringComparison.Ordinal)));
            Assert.Contains(ChoiceIds.Department("revenue"), back);
        }

        // Each message's read receipt follows its replies, so the last ones may still be on their way.
        var messages = await Eventually.Until(
            () => Task.FromResult(Citizens.Sum(c => cluster.Cloud.Requests.Count(r => r.IsReadReceipt && r.MarksRead!.StartsWith($"wamid.{c}.", StringComparison.Ordinal)))),
            count => count >= Citizens.Length * 5,
            Timeout);
        Assert.True(messages >= Citizens.Length * 5, $"expected a read receipt for each of {Citizens.Length * 5} messages, got {messages}");
    }

    /// <summary>
    /// As <see cref="SayAsync"/> for a citizen's first message after the kill. Sent marks are written with a
    /// conversation's next write, so a citizen whose grain died may first get their last screen again (at least once,
    /// never lost): that one repeat is allowed, and must be exactly the last screen; the next must answer the message.
    /// </summary>
    private static async Task<(IReadOnlyList<string> Screen, int Attempts)> SayAfterTheKillAsync(
        LocalCluster cluster, string citizen, string webhook, IReadOnlyList<string> lastBefore)
    {
        var seen = cluster.Cloud.RepliesTo(citizen).Count;
        var attempts = await cluster.DeliverAsync(webhook, Timeout);
        var (screen, index) = await cluster.Cloud.NextScreenAtAsync(citizen, seen, Timeout);
        if (screen.SequenceEqual(lastBefore))
        {
            (screen, _) = await cluster.Cloud.NextScreenAtAsync(citizen, index + 1, Timeout);
        }

        return (screen, attempts);
    }

    /// <summary>Delivers one message as Meta would (retrying non-2xx) and returns the screen it produced and the attempts it took.</summary>
    private static async Task<(IReadOnlyList<string> Screen, int Attempts)> SayAsync(LocalCluster cluster, string citizen, string webhook)
    {
        var seen = cluster.Cloud.RepliesTo(citizen).Count;
        var attempts = await cluster.DeliverAsync(webhook, Timeout);
        return (await cluster.Cloud.NextScreenAsync(citizen, seen, Timeout), attempts);
    }
}
