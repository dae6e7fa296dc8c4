using ManaMitra.Hosting;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Http;

/// <summary>
/// Every page and API answer of the frontend carries the security headers, errors included; the browser tests of the
/// simulator, the console and the dashboards show the policy leaves those pages working.
/// </summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private RunningFrontend _frontend = null!;

    public async Task InitializeAsync() => _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>());

    public async Task DisposeAsync() => await _frontend.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/officers/login")]
    [InlineData("/api/catalog")]
    [InlineData("/dashboard/")]
    [InlineData("/api/officers/grievances?department=revenue")]
    [InlineData("/no-such-page")]
    public async Task A_page_an_api_answer_and_an_error_carry_the_security_headers(string path)
    {
        var response = await _frontend.Http.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        // Plain HTTP here: HSTS is only ever sent over TLS.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void The_policy_allows_no_inline_script_or_style_and_no_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);

        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("style-src 'self'", directives["style-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
    }

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));
}
