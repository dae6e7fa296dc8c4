using System.Text.Json;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Routing;
using ManaMitra.WebhookFrontend.Webhook;
using Microsoft.Extensions.Logging.Abstractions;

namespace ManaMitra.Tests.Webhook;

/// <summary>
/// A citizen whom Meta starts or stops identifying by phone number keeps one conversation: parsed webhooks routed
/// through the real router to the real grains on a test cluster.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed class BusinessScopedUserIdTests(ChatCluster cluster)
{
    private readonly MessageRouter _router = new(cluster.Grains, new CitizenAliases(cluster.Grains), NullLogger<MessageRouter>.Instance);

    [Fact]
    public async Task A_citizen_whose_phone_number_disappears_stays_in_the_conversation_their_phone_started()
    {
        var (phone, userId) = NewCitizen();

        await Route(MetaWebhooks.TextFrom(phone, userId, $"wamid.{userId}.1", "hi"));
        await Route(MetaWebhooks.TextFrom(null, userId, $"wamid.{userId}.2", "hi"));

        Assert.Equal([$"wamid.{userId}.1", $"wamid.{userId}.2"], await ReceivedBy(phone));
        Assert.Empty(await ReceivedBy(userId));
    }

    [Fact]
    public async Task A_citizen_first_known_by_user_id_stays_there_when_the_phone_number_appears()
    {
        var (phone, userId) = NewCitizen();

        await Route(MetaWebhooks.TextFrom(null, userId, $"wamid.{userId}.1", "hi"));
        await Route(MetaWebhooks.TextFrom(phone, userId, $"wamid.{userId}.2", "hi"));

        Assert.Equal([$"wamid.{userId}.1", $"wamid.{userId}.2"], await ReceivedBy(userId));
        Assert.Empty(await ReceivedBy(phone));
    }

    [Fact]
    public async Task A_frontend_that_never_saw_the_pair_still_finds_the_conversation()
    {
        var (phone, userId) = NewCitizen();
        await Route(MetaWebhooks.TextFrom(phone, userId, $"wamid.{userId}.1", "hi"));

        // Another frontend, with nothing remembered, receives the next message.
        var other = new MessageRouter(cluster.Grains, new CitizenAliases(cluster.Grains), NullLogger<MessageRouter>.Instance);
        await other.RouteAsync(WebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes(MetaWebhooks.TextFrom(null, userId, $"wamid.{userId}.2", "hi"))), CancellationToken.None);

        Assert.Equal([$"wamid.{userId}.1", $"wamid.{userId}.2"], await ReceivedBy(phone));
    }

    [Fact]
    public async Task Messages_by_phone_number_alone_go_straight_to_the_phone_conversation()
    {
        var (phone, _) = NewCitizen();

        var summary = await Route(MetaWebhooks.TextFrom(phone, null, $"wamid.{phone}.1", "hi"));

        Assert.Equal(1, summary.Accepted);
        Assert.Equal([$"wamid.{phone}.1"], await ReceivedBy(phone));
    }

    private static (string Phone, string UserId) NewCitizen()
    {
        var number = Random.Shared.NextInt64(10_000_000, 99_999_999);
        return ($"9198{number}", $"IN.{number}{number}");
    }

    private Task<RouteSummary> Route(string webhook) =>
        _router.RouteAsync(WebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes(webhook)), CancellationToken.None);

    /// <summary>The messages a conversation took in, known by the read receipts it sent for them.</summary>
    private async Task<string[]> ReceivedBy(string key)
    {
        await Outboxes.Settled(cluster.Grains.GetGrain<ICitizenChatGrain>(key));
        return (await cluster.Sandbox.ReadAsync(key, 0, TimeSpan.Zero, CancellationToken.None))
            .Select(m => JsonDocument.Parse(m.Body).RootElement)
            .Where(body => body.TryGetProperty("status", out var status) && status.GetString() == "read")
            .Select(body => body.GetProperty("message_id").GetString()!)
            .ToArray();
    }
}
