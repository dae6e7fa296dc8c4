using System.Net;
using ManaMitra.Catalog;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Officers;

/// <summary>
/// Sign-in attempts from one address are limited per minute, on the console's form and the dashboards' alike; opening
/// the pages is not, and neither is anything else the frontend answers. Per client address:
/// <see cref="Http.TrustedProxiesTests"/>.
/// </summary>
public sealed class SignInLimitTests : IAsyncLifetime
{
    private const int Limit = 3;

    private RunningFrontend _frontend = null!;

    public async Task InitializeAsync() => _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
    {
        ["ManaMitra:Officers:SignInsPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await _frontend.DisposeAsync();

    [Fact]
    public async Task Attempts_past_the_limit_are_refused_until_the_window_ends_in_every_language_while_the_page_still_opens()
    {
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= Limit; attempt++)
        {
            answers.Add((await Attempt("/officers/login")).StatusCode);
        }

        var refused = await Attempt("/officers/login");
        var page = await _frontend.Http.GetAsync("/officers/login");

        // Within the limit an attempt reaches the page (refused there: it carries no antiforgery token).
        Assert.All(answers.Take(Limit), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[Limit]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("no Retry-After");
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var body = await refused.Content.ReadAsStringAsync();
        var texts = _frontend.Services.GetRequiredService<ServiceCatalog>().Texts;
        foreach (var language in texts.Languages)
        {
            Assert.Contains(texts.Console.SignInTooMany.Format(language.Code, (int)retryAfter.TotalSeconds), body, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_dashboards_key_forms_count_toward_the_same_limit_and_nothing_else_does()
    {
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < Limit; attempt++)
        {
            answers.Add((await Attempt("/dashboard/sign-in")).StatusCode);
        }

        var dashboard = await Attempt("/dashboard/sign-in");
        var orleansDashboard = await Attempt("/orleans-dashboard/sign-in");
        var code = await Attempt("/officers/code");
        var form = await _frontend.Http.GetAsync("/dashboard/sign-in");
        var webhook = await _frontend.PostSignedAsync("""{"object":"whatsapp_business_account","entry":[]}""");

        // Within the limit an attempt reaches the form (refused there: it carries no antiforgery token).
        Assert.All(answers, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, dashboard.StatusCode);
        Assert.NotNull(dashboard.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, orleansDashboard.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
    }

    private Task<HttpResponseMessage> Attempt(string path) => _frontend.Http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["userName"] = "someone",
        ["password"] = "a guessed password",
        ["key"] = "a guessed key",
    }));
}
