using System.Collections.Concurrent;
using System.Net;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Persistence;
using Xunit.Abstractions;

namespace ManaMitra.Tests.Cluster;

/// <summary>
/// PostgreSQL stopped and started again while citizens are talking: webhooks are answered 503 (not left hanging)
/// while it is down, and once it is back every message is processed and answered exactly once — those acknowledged
/// before the outage and those Meta retries after their 503.
/// </summary>
// In the postgres collection only so that it does not run beside the other real-process tests on a small machine;
// it stops its own server, since stopping the collection's would break them.
[Collection(PostgresCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);
    private static readonly string[] Citizens = Enumerable.Range(1, 6).Select(i => $"9190000004{i:D2}").ToArray();
    private const string Latecomer = "919000000499";

    [Fact]
    public async Task While_the_database_is_down_webhooks_get_503_and_afterwards_every_message_is_answered_once()
    {
        var database = await ThrowawayPostgres.StartAsync();
        try
        {
            await using var cluster = await LocalCluster.CreateAsync(await database.CreateDatabaseAsync());
            Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
            await cluster.StartSilosAsync(1);
            await cluster.StartFrontendAsync();

            var statuses = new ConcurrentQueue<HttpStatusCode>();
            var accepted = new ConcurrentDictionary<string, int>();
            var traffic = Task.WhenAll(Citizens.Select(citizen => TalkAsync(cluster, citizen, accepted, statuses)));

            // Every citizen is mid-conversation when the database goes away.
            await Until(() => Citizens.All(c => accepted.Keys.Count(w => w.StartsWith($"wamid.{c}.", StringComparison.Ordinal)) >= 2), cluster, "traffic did not start");
            await database.StopAsync();
            var whileDown = await cluster.PostAsync(MetaWebhooks.Text(Latecomer, $"wamid.{Latecomer}.1", "hi"));
            await Until(() => statuses.Contains(HttpStatusCode.ServiceUnavailable), cluster, "no webhook of the traffic was refused while the database was down");
            // Down long enough for Meta-style retries to pile up (four a second per citizen: past the flood limit,
            // were failed attempts counted).
            await Task.Delay(TimeSpan.FromSeconds(8));
            await database.StartAgainAsync();

            await traffic;
            await cluster.DeliverAsync(MetaWebhooks.Text(Latecomer, $"wamid.{Latecomer}.1", "hi"), Timeout);
            output.WriteLine($"webhook answers during the run: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key} × {g.Count()}"))}");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown);
            var grains = await cluster.ClientAsync();
            foreach (var citizen in Citizens.Append(Latecomer))
            {
                var outbox = await Outboxes.Drained(grains.ChatOf(citizen), Timeout);
                Assert.All(outbox, e => Assert.Equal(OutboxEntryState.Sent, e.State));
                // Each reply the conversation queued reached Meta once, in order: none lost, none repeated.
                Assert.Equal(Outboxes.Digests(cluster.Cloud.MessageIdsDeliveredTo(citizen)), Outboxes.SentDigests(outbox));
            }

            // Each message was processed once: one read receipt for every wamid, whether it was acknowledged first
            // time or after 503s.
            var receipts = cluster.Cloud.Delivered.Where(r => r.IsReadReceipt).Select(r => r.MarksRead!).ToList();
            Assert.Equal(accepted.Keys.Append($"wamid.{Latecomer}.1").Order(StringComparer.Ordinal), receipts.Order(StringComparer.Ordinal));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Replies_sent_while_the_database_is_down_are_not_sent_again_when_the_next_message_fails()
    {
        const string citizen = "919000000451";
        var database = await ThrowawayPostgres.StartAsync();
        try
        {
            await using var cluster = await LocalCluster.CreateAsync(await database.CreateDatabaseAsync(), new Dictionary<string, string>
            {
                ["ManaMitra__Outbound__AttemptTimeout"] = "00:00:02",
                ["ManaMitra__Outbound__MaxBackoff"] = "00:00:01",
                ["ManaMitra__Outbound__CircuitBreakDuration"] = "00:00:01",
            });
            Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
            await cluster.StartSilosAsync(1);
            await cluster.StartFrontendAsync();

            // The replies to "hi" are stored but the Cloud API refuses them until the database is gone; then they
            // leave, and their sent marks can only be held in memory.
            cluster.Cloud.Faults = _ => CloudApiFault.ServerError;
            await cluster.DeliverAsync(MetaWebhooks.Text(citizen, $"wamid.{citizen}.1", "hi"), Timeout);
            await cluster.Cloud.WaitForAsync(1, Timeout);
            await database.StopAsync();
            cluster.Cloud.Faults = null;
            await Until(() => cluster.Cloud.Delivered.Any(r => r.To == citizen), cluster, "the replies were not sent while the database was down");

            // The next message cannot be stored. Dropping the conversation's activation for it would drop those
            // sent marks too, and the replies would go out again from the stored outbox.
            var next = MetaWebhooks.Choice(citizen, $"wamid.{citizen}.2", ChoiceIds.ForLanguage("en"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await cluster.PostAsync(next));
            await database.StartAgainAsync();
            await cluster.DeliverAsync(next, Timeout);

            var outbox = await Outboxes.Drained((await cluster.ClientAsync()).ChatOf(citizen), Timeout);
            Assert.Equal(Outboxes.Digests(cluster.Cloud.MessageIdsDeliveredTo(citizen)), Outboxes.SentDigests(outbox));
            Assert.Equal(
                [$"wamid.{citizen}.1", $"wamid.{citizen}.2"],
                cluster.Cloud.Delivered.Where(r => r.IsReadReceipt).Select(r => r.MarksRead!).Order(StringComparer.Ordinal));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>A citizen's conversation, each message delivered as Meta delivers it: again after any non-2xx.</summary>
    private static async Task TalkAsync(LocalCluster cluster, string citizen, ConcurrentDictionary<string, int> accepted, ConcurrentQueue<HttpStatusCode> statuses)
    {
        string[] script = ["hi", ChoiceIds.ForLanguage("en"), ChoiceIds.Departments, "help", "back", "menu"];
        for (var i = 0; i < script.Length; i++)
        {
            var wamid = $"wamid.{citizen}.{i + 1}";
            var body = script[i].Contains(':', StringComparison.Ordinal)
                ? MetaWebhooks.Choice(citizen, wamid, script[i])
                : MetaWebhooks.Text(citizen, wamid, script[i]);
            var deadline = DateTime.UtcNow + Timeout;
            for (var attempt = 1; ; attempt++)
            {
                var status = await cluster.PostAsync(body);
                statuses.Enqueue(status);
                if (status == HttpStatusCode.OK)
                {
                    accepted[wamid] = attempt;
                    break;
                }

                Assert.True((int)status >= 500, $"{wamid} answered {(int)status}, which Meta would not retry");
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"{wamid} not acknowledged after {attempt} attempts\n{cluster.Logs()}");
                }

                await Task.Delay(250);
            }

            // A citizen reads before answering; it also spreads the conversation across the outage.
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
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

            await Task.Delay(100);
        }
    }
}
