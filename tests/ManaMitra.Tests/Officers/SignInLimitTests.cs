using System.Net;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Officers;

/// <summary>Sign-in attempts from one address are limited per minute; opening the page is not.</summary>
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
    public async Task Attempts_past_the_limit_are_refused_for_a_minute_while_the_page_still_opens()
    {
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= Limit; attempt++)
        {
            answers.Add((await Attempt()).StatusCode);
        }

        var refused = await Attempt();
        var page = await _frontend.Http.GetAsync("/officers/login");

        // Within the limit an attempt reaches the page (refused there: it carries no antiforgery token).
        Assert.All(answers.Take(Limit), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[Limit]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private Task<HttpResponseMessage> Attempt() => _frontend.Http.PostAsync("/officers/login", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["userName"] = "someone",
        ["password"] = "a guessed password",
    }));
}
