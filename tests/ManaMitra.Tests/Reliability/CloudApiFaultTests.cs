using System.Net;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Reliability;

/// <summary>
/// The Cloud API throttles, fails, hangs, resets and refuses — for real, over loopback — and every reply still
/// reaches Meta exactly once, in order per citizen, while webhooks keep being acknowledged.
/// </summary>
public sealed class CloudApiFaultTests
{
    private static readonly Dictionary<string, string> FastRecovery = new()
    {
        // Long enough that only the injected hangs time out, even with the whole suite sharing two cores.
        ["ManaMitra:Outbound:AttemptTimeout"] = "00:00:03",
        ["ManaMitra:Outbound:MaxBackoff"] = "00:00:00.5",
        ["ManaMitra:Outbound:CircuitBreakDuration"] = "00:00:00.5",
        ["ManaMitra:Outbound:MessagesPerSecond"] = "1000",
    };

    [Fact]
    public async Task Under_throttling_errors_hangs_and_resets_every_reply_arrives_once_and_in_order()
    {
        await using var cloud = await FakeCloudApi.StartAsync();
        cloud.Faults = n => (n % 13) switch
        {
            1 => CloudApiFault.Throttle,
            4 => CloudApiFault.ServerError,
            7 => CloudApiFault.Hang,
            10 => CloudApiFault.Reset,
            _ => CloudApiFault.None,
        };
        await using var frontend = await StartFrontend(cloud.BaseUrl);
        var citizens = Enumerable.Range(0, 6).Select(i => $"91900000{i:D4}").ToList();

        await Task.WhenAll(citizens.Select(async citizen =>
        {
            var n = 0;
            foreach (var body in Conversation(citizen))
            {
                var response = await frontend.PostSignedAsync(body(citizen, $"wamid.fault.{citizen}.{++n}"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));

        var grains = frontend.Services.GetRequiredService<IGrainFactory>();
        foreach (var citizen in citizens)
        {
            var outbox = await Outboxes.Drained(grains.ChatOf(citizen));

            Assert.All(outbox, e => Assert.Equal(OutboxEntryState.Sent, e.State));
            Assert.Equal(Outboxes.Digests(cloud.MessageIdsDeliveredTo(citizen)), Outboxes.SentDigests(outbox));
        }

        Assert.True(cloud.Requests.Count > cloud.Delivered.Count, "the faults were injected");
    }

    [Fact]
    public async Task A_Cloud_API_that_refuses_connections_gets_the_reply_once_it_is_back()
    {
        var port = FreePort.Next();
        await using var frontend = await StartFrontend($"http://127.0.0.1:{port}");

        var response = await frontend.PostSignedAsync(MetaWebhooks.Text("919000001111", "wamid.refused.1", "hi"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        await using var cloud = await FakeCloudApi.StartAsync(port);
        var grain = frontend.Services.GetRequiredService<IGrainFactory>().ChatOf("919000001111");
        await Outboxes.Drained(grain);

        var reply = Assert.Single(cloud.Delivered, r => r.To == "919000001111");
        Assert.Equal("interactive", reply.Body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_permanent_error_is_recorded_on_its_entry_and_does_not_block_the_next()
    {
        await using var cloud = await FakeCloudApi.StartAsync();
        // The first request is the language question (its read receipt follows it).
        cloud.Faults = n => n == 1 ? CloudApiFault.OutsideWindow : CloudApiFault.None;
        await using var frontend = await StartFrontend(cloud.BaseUrl);
        var grain = frontend.Services.GetRequiredService<IGrainFactory>().ChatOf("919000002222");

        await frontend.PostSignedAsync(MetaWebhooks.Text("919000002222", "wamid.window.1", "hi"));
        await Outboxes.Drained(grain);
        await frontend.PostSignedAsync(MetaWebhooks.Choice("919000002222", "wamid.window.2", ChoiceIds.ForLanguage("en")));
        var outbox = await Outboxes.Drained(grain);

        var failed = Assert.Single(outbox, e => e.State == OutboxEntryState.Failed);
        Assert.StartsWith("131047", failed.Error);
        Assert.Contains(outbox, e => e.Sequence > failed.Sequence && e.State == OutboxEntryState.Sent);
        // The language question failed for good; the privacy notice and the menu after it were delivered.
        Assert.Equal(2, cloud.Delivered.Count(r => r.To == "919000002222"));
    }

    [Fact]
    public async Task Three_copies_of_one_webhook_give_one_set_of_replies()
    {
        await using var cloud = await FakeCloudApi.StartAsync();
        await using var frontend = await StartFrontend(cloud.BaseUrl);
        var body = MetaWebhooks.Text("919000003333", "wamid.copies.1", "hi");

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => frontend.PostSignedAsync(body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Outboxes.Drained(frontend.Services.GetRequiredService<IGrainFactory>().ChatOf("919000003333"));
        Assert.Single(cloud.Delivered, r => r.To == "919000003333");
        Assert.Single(cloud.Delivered, r => r.IsReadReceipt);
    }

    private static IEnumerable<Func<string, string, string>> Conversation(string citizen)
    {
        yield return (c, id) => MetaWebhooks.Text(c, id, "hi");
        yield return (c, id) => MetaWebhooks.Choice(c, id, ChoiceIds.ForLanguage("en"));
        yield return (c, id) => MetaWebhooks.Choice(c, id, ChoiceIds.Departments);
        yield return (c, id) => MetaWebhooks.Text(c, id, "help");
        yield return (c, id) => MetaWebhooks.Text(c, id, "back");
    }

    private static Task<RunningFrontend> StartFrontend(string cloudApiBaseUrl) => RunningFrontend.StartAsync(new Dictionary<string, string>(FastRecovery)
    {
        ["WhatsApp:AccessToken"] = "EAAG-fault-token",
        ["WhatsApp:PhoneNumberId"] = MetaWebhooks.PhoneNumberId,
        ["WhatsApp:GraphApiBaseUrl"] = cloudApiBaseUrl,
        ["WhatsApp:ApiVersion"] = "v21.0",
    });
}
