using System.Net;
using System.Text;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Observability;

/// <summary>
/// The real frontend takes known traffic (good, forged, malformed and oversized webhooks; a Cloud API that throttles
/// once and refuses once) and its <c>/metrics</c> scrape counts exactly that traffic.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsEndpointTests
{
    private const int MaxBodyBytes = 64 * 1024;

    [Fact]
    public async Task Metrics_count_webhooks_messages_and_sends_by_outcome()
    {
        await using var cloud = await FakeCloudApi.StartAsync();
        // Each new citizen's "hi" costs two requests, the language question then a read receipt: the first
        // citizen's question is refused for good, the second's is throttled once and then accepted.
        cloud.Faults = n => n switch
        {
            1 => CloudApiFault.OutsideWindow,
            3 => CloudApiFault.Throttle,
            _ => CloudApiFault.None,
        };
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["WhatsApp:AccessToken"] = "EAAG-metrics-token",
            ["WhatsApp:PhoneNumberId"] = MetaWebhooks.PhoneNumberId,
            ["WhatsApp:GraphApiBaseUrl"] = cloud.BaseUrl,
            ["WhatsApp:ApiVersion"] = "v21.0",
            ["ManaMitra:Outbound:MaxBackoff"] = "00:00:00.2",
            ["ManaMitra:Webhook:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var grains = frontend.Services.GetRequiredService<IGrainFactory>();
        var before = await Scrape(frontend);

        var citizens = Enumerable.Range(0, 3).Select(i => $"91977{Guid.NewGuid().GetHashCode() & 0xFFFFF:D7}{i}").ToList();
        foreach (var citizen in citizens)
        {
            var response = await frontend.PostSignedAsync(MetaWebhooks.Text(citizen, $"wamid.metrics.{citizen}", "hi"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Outboxes.Drained(grains.ChatOf(citizen));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(frontend, MetaWebhooks.Text("919770000009", "wamid.forged", "hi"), "wrong-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(frontend, "{ not json", RunningFrontend.AppSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(frontend, new string(' ', MaxBodyBytes + 1), RunningFrontend.AppSecret)).StatusCode);

        var after = await Scrape(frontend);
        double Delta(string name, params (string, string)[] labels) => after.Value(name, labels) - before.Value(name, labels);

        Assert.Equal(3, Delta("manamitra_webhooks_total", ("outcome", "ok")));
        Assert.Equal(1, Delta("manamitra_webhooks_total", ("outcome", "bad_signature")));
        Assert.Equal(1, Delta("manamitra_webhooks_total", ("outcome", "malformed")));
        Assert.Equal(1, Delta("manamitra_webhooks_total", ("outcome", "too_large")));
        Assert.Equal(0, Delta("manamitra_webhooks_total", ("outcome", "unavailable")));
        Assert.Equal(3, Delta("manamitra_messages_in_total", ("kind", "text")));

        Assert.Equal(7, cloud.Requests.Count);
        Assert.Equal(5, Delta("manamitra_outbox_sends_total", ("result", "accepted")));
        Assert.Equal(1, Delta("manamitra_outbox_sends_total", ("result", "transient")));
        Assert.Equal(1, Delta("manamitra_outbox_sends_total", ("result", "rejected")));
        Assert.Equal(1, Delta("manamitra_cloud_api_errors_total", ("code", "131047"), ("http_status", "400"), ("result", "rejected")));
        Assert.Equal(1, Delta("manamitra_cloud_api_errors_total", ("code", "130429"), ("http_status", "429"), ("result", "transient")));
        Assert.Equal(2, Delta("manamitra_cloud_api_errors_total"));
        Assert.Equal(3, Delta("manamitra_messages_out_total", ("kind", "read_receipt")));
        Assert.Equal(cloud.Delivered.Count(r => !r.IsReadReceipt), Delta("manamitra_messages_out_total", ("kind", "message")));
        Assert.Equal(7, Delta("manamitra_send_duration_seconds_count"));
        Assert.Equal(3, Delta("manamitra_conversations_active"));
    }

    [Fact]
    public async Task A_host_keeps_counting_after_another_host_in_the_same_process_stops()
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>());
        await PostAsync(frontend, "{ not json", RunningFrontend.AppSecret);
        await using (var other = await RunningFrontend.StartAsync(new Dictionary<string, string>()))
        {
            // The other host's instruments exist, with the same names as ours, before it stops.
            await PostAsync(other, "{ not json", RunningFrontend.AppSecret);
        }

        var before = await Scrape(frontend);
        await PostAsync(frontend, "{ not json", RunningFrontend.AppSecret);
        await PostAsync(frontend, "{ not json", RunningFrontend.AppSecret);
        var after = await Scrape(frontend);

        Assert.Equal(2, after.Value("manamitra_webhooks_total", ("outcome", "malformed")) - before.Value("manamitra_webhooks_total", ("outcome", "malformed")));
    }

    [Fact]
    public async Task Metrics_include_the_AspNetCore_runtime_and_Orleans_meters()
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>());
        await frontend.Http.GetAsync("/health/live");

        var scrape = await Scrape(frontend);

        Assert.True(scrape.Has("http_server_request_duration_seconds_count"), "ASP.NET Core");
        Assert.True(scrape.Has("dotnet_gc_collections_total") || scrape.Text.Contains("process_runtime_dotnet", StringComparison.Ordinal), "runtime");
        Assert.Contains("orleans_", scrape.Text, StringComparison.Ordinal);
    }

    private static async Task<PrometheusText> Scrape(RunningFrontend frontend)
    {
        var response = await frontend.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PrometheusText(await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostAsync(RunningFrontend frontend, string body, string secret) =>
        frontend.Http.PostAsync("/webhook", MetaSignature.SignedContent(Encoding.UTF8.GetBytes(body), Encoding.UTF8.GetBytes(secret)));
}
