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
/// A citizen whom Meta starts or stops identifying by phone number keeps one conversation, answered where each message
/// came from, and the statuses of what it sent find it: parsed webhooks routed through the real router to the real
/// grains on a test cluster.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed class BusinessScopedUserIdTests(ChatCluster cluster)
{
    private readonly MessageRouter _router = new(cluster.Grains, cluster.ByKey<ICitizenChatGrain>(), new CitizenAliases(cluster.Grains), NullLogger<MessageRouter>.Instance);

    [Fact]
    public async Task A_citizen_whose_phone_number_disappears_stays_in_the_conversation_their_phone_started()
    {
        var (phone, userId) = NewCitizen();

        await Route(MetaWebhooks.TextFrom(phone, userId, $"wamid.{userId}.1", "hi"));
        await Route(MetaWebhooks.TextFrom(null, userId, $"wamid.{userId}.2", "hi"));

        Assert.NotEmpty(await Answered(phone));
        Assert.Empty(await Answered(userId));
        // Each message is answered where it came from: the phone while Meta named it, the user id once it stopped.
        Assert.Equal([$"wamid.{userId}.1"], await MarkedRead(phone));
        Assert.Equal([$"wamid.{userId}.2"], await MarkedRead(userId));
    }

    [Fact]
    public async Task A_citizen_first_known_by_user_id_stays_there_when_the_phone_number_appears()
    {
        var (phone, userId) = NewCitizen();

        await Route(MetaWebhooks.TextFrom(null, userId, $"wamid.{userId}.1", "hi"));
        await Route(MetaWebhooks.TextFrom(phone, userId, $"wamid.{userId}.2", "hi"));

        Assert.NotEmpty(await Answered(userId));
        Assert.Empty(await Answered(phone));
        Assert.Equal([$"wamid.{userId}.1"], await MarkedRead(userId));
        Assert.Equal([$"wamid.{userId}.2"], await MarkedRead(phone));
    }

    [Fact]
    public async Task A_frontend_that_never_saw_the_pair_still_finds_the_conversation()
    {
        var (phone, userId) = NewCitizen();
        await Route(MetaWebhooks.TextFrom(phone, userId, $"wamid.{userId}.1", "hi"));

        // Another frontend, with nothing remembered, receives the next message.
        var other = new MessageRouter(cluster.Grains, cluster.ByKey<ICitizenChatGrain>(), new CitizenAliases(cluster.Grains), NullLogger<MessageRouter>.Instance);
        await other.RouteAsync(WebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes(MetaWebhooks.TextFrom(null, userId, $"wamid.{userId}.2", "hi")), TestSecrets.CitizenKeys), CancellationToken.None);

        Assert.NotEmpty(await Answered(phone));
        Assert.Empty(await Answered(userId));
        Assert.Equal([$"wamid.{userId}.1", $"wamid.{userId}.2"], [.. await MarkedRead(phone), .. await MarkedRead(userId)]);
    }

    [Fact]
    public async Task Messages_by_phone_number_alone_go_straight_to_the_phone_conversation()
    {
        var (phone, _) = NewCitizen();

        var summary = await Route(MetaWebhooks.TextFrom(phone, null, $"wamid.{phone}.1", "hi"));

        Assert.Equal(1, summary.Accepted);
        Assert.NotEmpty(await Answered(phone));
        Assert.Equal([$"wamid.{phone}.1"], await MarkedRead(phone));
    }

    [Fact]
    public async Task A_citizen_known_only_by_user_id_is_answered_in_recipient_and_never_by_a_number()
    {
        var (_, userId) = NewCitizen();

        await Route(MetaWebhooks.TextFrom(null, userId, $"wamid.{userId}.1", "hi"));

        Assert.NotEmpty(await Answered(userId));
        var replies = (await Sent(userId)).Where(body => !body.TryGetProperty("status", out _)).ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, body =>
        {
            Assert.Equal(userId, body.GetProperty("recipient").GetString());
            Assert.False(body.TryGetProperty("to", out _));
        });
    }

    [Fact]
    public async Task A_status_naming_the_citizens_number_reaches_the_conversation_that_sent_the_message()
    {
        var (phone, _) = NewCitizen();
        await Route(MetaWebhooks.TextFrom(phone, null, $"wamid.{phone}.1", "hi"));
        var sent = (await Answered(phone)).First(e => e.Sent is not null);
        // The conversation keeps only the id's digest; the id itself is what the sandbox answered the send with.
        var messageId = (await cluster.Sandbox.ReadAsync(phone, 0, TimeSpan.Zero, CancellationToken.None)).Single(m => MessageDigest.Of(m.MessageId) == sent.Sent).MessageId;

        await Route(MetaWebhooks.Status(phone, messageId, "delivered"));

        Assert.Equal(OutboxEntryState.Delivered, (await cluster.Grains.ChatOf(phone).Outbox()).Single(e => e.Sequence == sent.Sequence).State);
    }

    private static (string Phone, string UserId) NewCitizen()
    {
        var number = Random.Shared.NextInt64(10_000_000, 99_999_999);
        return ($"9198{number}", $"IN.{number}{number}");
    }

    private Task<RouteSummary> Route(string webhook) =>
        _router.RouteAsync(WebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes(webhook), TestSecrets.CitizenKeys), CancellationToken.None);

    /// <summary>The outbox of the conversation keyed from <paramref name="whatsAppId"/>, once nothing in it is pending; empty if it never answered.</summary>
    private async Task<IReadOnlyList<OutboxEntryView>> Answered(string whatsAppId) => await Outboxes.Settled(cluster.Grains.ChatOf(whatsAppId));

    /// <summary>Every body sent to <paramref name="address"/> (a number or a user id) so far: settle the conversation first.</summary>
    private async Task<List<JsonElement>> Sent(string address) =>
        [.. (await cluster.Sandbox.ReadAsync(address, 0, TimeSpan.Zero, CancellationToken.None)).Select(m => JsonDocument.Parse(m.Body).RootElement)];

    /// <summary>The messages answered at <paramref name="address"/>, known by the read receipts sent there for them.</summary>
    private async Task<string[]> MarkedRead(string address) =>
        [.. (await Sent(address))
            .Where(body => body.TryGetProperty("status", out var status) && status.GetString() == "read")
            .Select(body => body.GetProperty("message_id").GetString()!)];
}
