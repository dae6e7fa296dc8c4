using System.Net;
using System.Text.Json;
using ManaMitra.Hosting;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Observability;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Observability;

public sealed class DashboardEndpointTests
{
    private const string OfficialsKey = "officials-test-key";

    [Fact]
    public async Task Outside_sandbox_the_dashboard_needs_the_officials_key()
    {
        await using var frontend = await StartProduction();

        Assert.Equal(HttpStatusCode.Unauthorized, (await frontend.Http.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await frontend.Http.GetAsync("/dashboard/snapshot")).StatusCode);
        // The key in an address opens nothing: it would stay in logs and browser history.
        Assert.Equal(HttpStatusCode.Unauthorized, (await frontend.Http.GetAsync($"/dashboard?key={OfficialsKey}")).StatusCode);

        using var withHeader = new HttpRequestMessage(HttpMethod.Get, "/dashboard/snapshot");
        withHeader.Headers.Add(ManaMitra.Hosting.OfficialsKey.Header, OfficialsKey);
        Assert.Equal(HttpStatusCode.OK, (await frontend.Http.SendAsync(withHeader)).StatusCode);
    }

    [Fact]
    public async Task Outside_sandbox_the_Orleans_Dashboard_of_the_embedded_silo_needs_the_officials_key()
    {
        await using var frontend = await StartProduction();
        var page = $"{OrleansDashboardEndpoints.Path}/";

        Assert.Equal(HttpStatusCode.Unauthorized, (await frontend.Http.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await frontend.Http.GetAsync($"{page}?key={OfficialsKey}")).StatusCode);

        using var withHeader = new HttpRequestMessage(HttpMethod.Get, page);
        withHeader.Headers.Add(ManaMitra.Hosting.OfficialsKey.Header, OfficialsKey);
        using var answer = await frontend.Http.SendAsync(withHeader);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<html", await answer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        using var browser = FormPosts.Client(frontend);
        Assert.Equal(HttpStatusCode.SeeOther, (await SignInAsync(browser, OrleansDashboardEndpoints.Path, OfficialsKey)).StatusCode);
        using var signedIn = await browser.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("<html", await signedIn.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_silo_told_to_run_without_the_Orleans_Dashboard_serves_none_and_times_no_grain_call()
    {
        await using var frontend = await StartProduction(new() { [OrleansDashboardEndpoints.EnabledSetting] = "false" });
        using var withHeader = new HttpRequestMessage(HttpMethod.Get, $"{OrleansDashboardEndpoints.Path}/");
        withHeader.Headers.Add(ManaMitra.Hosting.OfficialsKey.Header, OfficialsKey);

        Assert.Equal(HttpStatusCode.NotFound, (await frontend.Http.SendAsync(withHeader)).StatusCode);
        // The dashboard's grain-call timer is its filter on every call; the silo's own filters stay.
        var filters = frontend.Services.GetServices<IIncomingGrainCallFilter>().Select(f => f.GetType().Namespace).ToList();
        Assert.NotEmpty(filters);
        Assert.DoesNotContain(filters, space => space?.StartsWith("Orleans.Dashboard", StringComparison.Ordinal) == true);
        // The officials' own dashboard is another thing, and stays.
        Assert.Equal(HttpStatusCode.Unauthorized, (await frontend.Http.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_browser_without_the_key_is_sent_to_a_sign_in_form_whose_post_keeps_the_key_in_a_cookie()
    {
        await using var frontend = await StartProduction();
        using var browser = FormPosts.Client(frontend);
        using var opened = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        opened.Headers.Accept.ParseAdd("text/html");

        var redirected = await browser.SendAsync(opened);
        var wrong = await SignInAsync(browser, DashboardEndpoints.Path, "a guessed key");
        var forged = await browser.PostAsync("/dashboard/sign-in", FormPosts.Form(("key", OfficialsKey)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/dashboard/snapshot")).StatusCode);
        var right = await SignInAsync(browser, DashboardEndpoints.Path, OfficialsKey);

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/dashboard/sign-in", redirected.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("That key does not open the dashboard.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        Assert.Equal("/dashboard", right.Headers.Location!.OriginalString);
        var cookie = Assert.Single(right.Headers.GetValues("Set-Cookie"), c => c.StartsWith(DashboardAccess.CookieName, StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await browser.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/dashboard/dashboard.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard/dashboard.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard/snapshot")).StatusCode);
    }

    [Fact]
    public async Task In_sandbox_the_dashboard_is_open()
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string> { ["contentRoot"] = FrontendSource.Directory() });

        Assert.Equal(HttpStatusCode.OK, (await frontend.Http.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task Service_runs_reach_open_pages_as_server_sent_events()
    {
        await using var frontend = await StartProduction();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/events");
        request.Headers.Add(ManaMitra.Hosting.OfficialsKey.Header, OfficialsKey);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await frontend.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, guard.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(guard.Token));

        // What a citizen's grain records when a department service answers.
        var metrics = frontend.Services.GetRequiredService<ManaMitraMetrics>();
        metrics.ServiceServed("revenue", "caste-certificate", OutcomeStatus.Completed, TimeSpan.FromMilliseconds(40));
        metrics.ServiceServed("revenue", "caste-certificate", OutcomeStatus.Completed, TimeSpan.FromMilliseconds(40));
        metrics.ServiceServed("revenue", "caste-certificate", OutcomeStatus.Declined, TimeSpan.FromMilliseconds(40));

        // A report may fall between a run's duration and its count: read on until all three runs are counted.
        JsonElement? caste = null;
        while (caste is not { } row || row.GetProperty("requests").GetInt64() < 3)
        {
            var line = await reader.ReadLineAsync(guard.Token) ?? throw new EndOfStreamException("the event stream ended");
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var snapshot = JsonDocument.Parse(line["data: ".Length..]).RootElement;
                caste = snapshot.GetProperty("services").EnumerateArray()
                    .Where(s => s.GetProperty("service").GetString() == "caste-certificate")
                    .Select(s => (JsonElement?)s.Clone())
                    .FirstOrDefault();
            }
        }

        Assert.Equal(3, caste.Value.GetProperty("requests").GetInt64());
        Assert.Equal(2, caste.Value.GetProperty("completed").GetInt64());
        Assert.Equal(1, caste.Value.GetProperty("declined").GetInt64());
        Assert.InRange(caste.Value.GetProperty("medianMs").GetDouble(), 40, 44);
    }

    [Fact]
    public async Task Payment_figures_reach_open_pages_as_server_sent_events()
    {
        await using var frontend = await StartProduction();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/events");
        request.Headers.Add(ManaMitra.Hosting.OfficialsKey.Header, OfficialsKey);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await frontend.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, guard.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(guard.Token));

        // What payment grains record: two bills opened, one captured by its callback, one captured by reconciliation.
        var payments = frontend.Services.GetRequiredService<PaymentMetrics>();
        payments.Payment("energy", "electricity-bill", PaymentEvent.Created, 196.55m);
        payments.Payment("energy", "electricity-bill", PaymentEvent.Created, 10m);
        payments.Payment("energy", "electricity-bill", PaymentEvent.Captured, 196.55m);
        payments.Settled("energy", PaymentEvent.Captured, SettlementSource.Callback, null);
        payments.Payment("energy", "electricity-bill", PaymentEvent.Captured, 10m);
        payments.Settled("energy", PaymentEvent.Captured, SettlementSource.Reconciliation, TimeSpan.FromSeconds(200));

        // The reconciled settlement is recorded last: once it shows, every figure above is in.
        JsonElement? energy = null;
        while (energy is not { } row || row.GetProperty("reconciled").GetInt64() < 1)
        {
            var line = await reader.ReadLineAsync(guard.Token) ?? throw new EndOfStreamException("the event stream ended");
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                energy = JsonDocument.Parse(line["data: ".Length..]).RootElement.GetProperty("payments").EnumerateArray()
                    .Where(p => p.GetProperty("department").GetString() == "energy")
                    .Select(p => (JsonElement?)p.Clone())
                    .FirstOrDefault();
            }
        }

        Assert.Equal(2, energy.Value.GetProperty("created").GetInt64());
        Assert.Equal(2, energy.Value.GetProperty("captured").GetInt64());
        Assert.Equal(0, energy.Value.GetProperty("failed").GetInt64());
        Assert.Equal(206.55m, energy.Value.GetProperty("amountCaptured").GetDecimal());
        Assert.Equal(1, energy.Value.GetProperty("reconciled").GetInt64());
        Assert.Equal(200_000, energy.Value.GetProperty("maxReconciliationLagMs").GetDouble());
    }

    [Fact]
    public async Task A_search_a_citizen_typed_that_found_nothing_reaches_the_dashboard_masked()
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["contentRoot"] = FrontendSource.Directory(),
            ["ManaMitra:Dashboard:ReportInterval"] = "00:00:00.1",
        });
        var chat = new SandboxChat(frontend);
        const string citizen = "919000001717";
        await chat.Greets(citizen);

        // No service is about kabaddi; the number is an Aadhaar, which must not leave the citizen's grain.
        await chat.Says(citizen, text: "My kabaddi 2341 2341 2346");
        await chat.Says(citizen, text: "bus ticket");

        var snapshot = await Eventually.Until(
            () => frontend.Http.GetStringAsync("/dashboard/snapshot"),
            json => JsonDocument.Parse(json).RootElement.GetProperty("searches").GetProperty("typed").GetInt64() >= 2);
        var searches = JsonDocument.Parse(snapshot).RootElement.GetProperty("searches");
        Assert.Equal(2, searches.GetProperty("typed").GetInt64());
        Assert.Equal(1, searches.GetProperty("foundNothing").GetInt64());
        var unmatched = Assert.Single(searches.GetProperty("unmatched").EnumerateArray().ToList());
        Assert.Equal("my kabaddi #", unmatched.GetProperty("words").GetString());
        Assert.Equal(1, unmatched.GetProperty("count").GetInt64());
        Assert.DoesNotContain("2341", snapshot, StringComparison.Ordinal);

        // Prometheus counts both by language, and never holds the words.
        var metrics = new PrometheusText(await frontend.Http.GetStringAsync("/metrics"));
        Assert.Equal(2, metrics.Value("manamitra_searches_total", ("language", "en")));
        Assert.Equal(1, metrics.Value("manamitra_search_no_match_total", ("language", "en")));
        Assert.DoesNotContain("kabaddi", metrics.Text, StringComparison.Ordinal);
    }

    /// <summary>Opens <paramref name="dashboard"/>'s sign-in form and posts <paramref name="key"/> with its antiforgery token.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string dashboard, string key)
    {
        var token = await FormPosts.Token(browser, $"{dashboard}/sign-in");
        return await browser.PostAsync($"{dashboard}/sign-in", FormPosts.Form(("key", key), (FormPosts.TokenField, token)));
    }

    private static Task<RunningFrontend> StartProduction(Dictionary<string, string>? more = null) => RunningFrontend.StartAsync(new Dictionary<string, string>(more ?? [])
    {
        // A Cloud API token takes the frontend out of sandbox mode; nothing here sends a message.
        ["WhatsApp:AccessToken"] = "EAAG-dashboard-token",
        ["WhatsApp:PhoneNumberId"] = MetaWebhooks.PhoneNumberId,
        ["WhatsApp:GraphApiBaseUrl"] = $"http://127.0.0.1:{FreePort.Next()}",
        [ManaMitra.Hosting.OfficialsKey.Setting] = OfficialsKey,
        ["contentRoot"] = FrontendSource.Directory(),
        ["ManaMitra:Dashboard:ReportInterval"] = "00:00:00.1",
        ["ManaMitra:Dashboard:PushInterval"] = "00:00:00.1",
    });
}
