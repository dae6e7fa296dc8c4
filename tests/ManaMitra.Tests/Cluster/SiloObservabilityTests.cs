using System.Net;
using System.Text.RegularExpressions;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Hosting;
using ManaMitra.Observability;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Observability;
using ManaMitra.Tests.Persistence;

namespace ManaMitra.Tests.Cluster;

/// <summary>What SREs see of a real silo process: metrics, readiness, the Orleans Dashboard, and traces that span processes.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class SiloObservabilityTests(PostgresServer server)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    // Sign-in attempts per address and minute on the silo's own form.
    private const int SignIns = 3;

    [Fact]
    public async Task A_silo_process_serves_metrics_readiness_and_the_Orleans_Dashboard_behind_the_officials_key()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync(), new Dictionary<string, string>
        {
            ["ManaMitra__Officers__SignInsPerMinute"] = SignIns.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
        var silo = (await cluster.StartSilosAsync(1))[0];
        await cluster.StartFrontendAsync();
        const string citizen = "919000000101";
        Assert.Equal(HttpStatusCode.OK, await cluster.PostAsync(MetaWebhooks.Text(citizen, "wamid.silo-metrics-1", "Hi")));
        Assert.Equal([ChoiceIds.ForLanguage("te"), ChoiceIds.ForLanguage("en")], await cluster.Cloud.NextScreenAsync(citizen, 0, ReplyTimeout));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.HttpPort}") };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);

        // The grain took the message on this silo and the Cloud API accepted its replies from here.
        var scrape = new PrometheusText(await http.GetStringAsync(ObservabilityExtensions.MetricsPath));
        Assert.Equal(1, scrape.Value("manamitra_messages_in_total", ("kind", "text")));
        Assert.Equal(1, scrape.Value("manamitra_messages_out_total", ("kind", "read_receipt")));
        Assert.True(scrape.Value("manamitra_messages_out_total", ("kind", ManaMitraMetrics.MessageKind)) >= 1, scrape.Text);
        Assert.True(scrape.Has("manamitra_conversations_active"), scrape.Text);
        Assert.Contains("\norleans_", scrape.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"{OrleansDashboardEndpoints.Path}/")).StatusCode);
        using var withKey = new HttpRequestMessage(HttpMethod.Get, $"{OrleansDashboardEndpoints.Path}/");
        withKey.Headers.Add(OfficialsKey.Header, LocalCluster.OfficialsApiKey);
        using var page = await http.SendAsync(withKey);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        // An SRE's browser signs in on the silo's own form (its antiforgery keys are the silo's).
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = http.BaseAddress };
        var signIn = $"{OrleansDashboardEndpoints.Path}/sign-in";
        var token = await FormPosts.Token(browser, signIn);
        var signedIn = await browser.PostAsync(signIn, FormPosts.Form(("key", LocalCluster.OfficialsApiKey), (FormPosts.TokenField, token)));
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"{OrleansDashboardEndpoints.Path}/")).StatusCode);

        // Guessing the key is limited per address, as on the frontend's forms: the sign-in above was one attempt.
        var guesses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= SignIns; attempt++)
        {
            guesses.Add((await browser.PostAsync(signIn, FormPosts.Form(("key", "a guess"), (FormPosts.TokenField, token)))).StatusCode);
        }

        Assert.All(guesses.Take(SignIns - 1), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, guesses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task One_trace_runs_from_the_webhook_through_the_grain_on_a_silo_to_the_Cloud_API_send()
    {
        await using var cluster = await LocalCluster.CreateAsync(await server.CreateDatabaseAsync());
        // Tracing is on where traces have somewhere to go; nothing listens there, and the spans are dropped.
        cluster.Settings[ObservabilityExtensions.OtlpEndpointSetting] = $"http://127.0.0.1:{FreePort.Next()}";
        Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
        await cluster.StartSilosAsync(1);
        await cluster.StartFrontendAsync();
        const string citizen = "919000000102";
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var webhookSpan = "00f067aa0ba902b7";

        // Meta's POST as part of a trace (a gateway in front of the frontend would start one the same way).
        Assert.Equal(HttpStatusCode.OK, await cluster.PostAsync(MetaWebhooks.Text(citizen, "wamid.trace-1", "Hi"), $"00-{traceId}-{webhookSpan}-01"));
        await cluster.Cloud.NextScreenAsync(citizen, 0, ReplyTimeout);

        // Both sends the message caused (reply, then read receipt) carry the webhook's trace id, each from a span of its own.
        var sends = (await cluster.Cloud.WaitForAsync(2, ReplyTimeout)).Where(r => r.IsReadReceipt ? r.MarksRead == "wamid.trace-1" : r.To == citizen).ToList();
        Assert.True(sends.Count >= 2, $"{sends.Count} sends");
        Assert.All(sends, send =>
        {
            var parent = TraceParent().Match(send.TraceParent);
            Assert.True(parent.Success, $"traceparent '{send.TraceParent}'");
            Assert.Equal(traceId, parent.Groups["trace"].Value);
            Assert.NotEqual(webhookSpan, parent.Groups["span"].Value);
        });
    }

    [GeneratedRegex("^00-(?<trace>[0-9a-f]{32})-(?<span>[0-9a-f]{16})-0[01]$")]
    private static partial Regex TraceParent();
}
