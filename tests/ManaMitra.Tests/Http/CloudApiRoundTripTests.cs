using System.Net;
using System.Text.Json;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Http;

/// <summary>
/// Driven as Meta drives it: signed webhooks into the real frontend over HTTP, replies out to a Cloud API on
/// loopback, per the contract's configuration names.
/// </summary>
public sealed class CloudApiRoundTripTests : IAsyncLifetime
{
    private const string Citizen = "919876543210";
    private const string PhoneNumberId = MetaWebhooks.PhoneNumberId;
    private const string Token = "EAAG-test-token";

    private FakeCloudApi _cloud = null!;
    private RunningFrontend _frontend = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeCloudApi.StartAsync();
        _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["WhatsApp:AccessToken"] = Token,
            ["WhatsApp:PhoneNumberId"] = PhoneNumberId,
            ["WhatsApp:GraphApiBaseUrl"] = _cloud.BaseUrl,
            ["WhatsApp:ApiVersion"] = "v21.0",
        });
    }

    public async Task DisposeAsync()
    {
        await _frontend.DisposeAsync();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task A_signed_hi_is_answered_on_the_Cloud_API_with_Metas_JSON_and_the_bearer_token()
    {
        var response = await _frontend.PostSignedAsync(TextWebhook("wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhgg1", "Hi"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var requests = await _cloud.WaitForAsync(2);

        Assert.All(requests, r =>
        {
            Assert.Equal("v21.0", r.Version);
            Assert.Equal(PhoneNumberId, r.PhoneNumberId);
            Assert.Equal($"Bearer {Token}", r.Authorization);
        });
        // The answer leaves first and the read receipt after it, so a receipt waiting its turn never holds the answer.
        var read = requests[1].Body;
        Assert.Equal("read", read.GetProperty("status").GetString());
        Assert.Equal("wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhgg1", read.GetProperty("message_id").GetString());

        var reply = requests[0].Body;
        Assert.Equal("whatsapp", reply.GetProperty("messaging_product").GetString());
        Assert.Equal(Citizen, reply.GetProperty("to").GetString());
        Assert.Equal("interactive", reply.GetProperty("type").GetString());
        var buttons = reply.GetProperty("interactive").GetProperty("action").GetProperty("buttons").EnumerateArray()
            .Select(b => b.GetProperty("reply").GetProperty("id").GetString()).ToList();
        Assert.Equal([ChoiceIds.ForLanguage("te"), ChoiceIds.ForLanguage("en")], buttons);
    }

    [Fact]
    public async Task A_delivery_status_from_Meta_reaches_the_outbox_entry_it_concerns()
    {
        await _frontend.PostSignedAsync(TextWebhook("wamid.status-test-1", "hello"));
        var requests = await _cloud.WaitForAsync(2);
        var grain = _frontend.Services.GetRequiredService<IGrainFactory>().ChatOf(Citizen);
        var sent = (await Outboxes.Drained(grain)).Single(e => e.Sent == MessageDigest.Of("wamid.fake.1"));
        Assert.Equal(OutboxEntryState.Sent, sent.State);
        Assert.False(requests[0].IsReadReceipt);

        var response = await _frontend.PostSignedAsync(StatusWebhook("wamid.fake.1", "delivered"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The 200 says what the webhook amounted to, for whoever reads it (Meta ignores it).
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((0, 1), (summary.RootElement.GetProperty("accepted").GetInt32(), summary.RootElement.GetProperty("statuses").GetInt32()));
        Assert.Equal(OutboxEntryState.Delivered, (await grain.Outbox()).Single(e => e.Sent == MessageDigest.Of("wamid.fake.1")).State);
    }

    [Fact]
    public async Task A_forged_webhook_reaches_no_grain_and_sends_nothing()
    {
        var body = TextWebhook("wamid.forged-1", "hi");
        using var content = new StringContent(body);
        content.Headers.Add("X-Hub-Signature-256", "sha256=" + new string('0', 64));

        var response = await _frontend.Http.PostAsync("/webhook", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_cloud.Requests);
    }

    private static string TextWebhook(string messageId, string text) => MetaWebhooks.Text(Citizen, messageId, text);

    private static string StatusWebhook(string messageId, string status) => MetaWebhooks.Status(Citizen, messageId, status);
}
