using System.Net;
using System.Text.RegularExpressions;
using ManaMitra.Hosting;
using ManaMitra.OfficerConsole;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Http;

/// <summary>
/// Every kind of page and answer of the frontend carries the security headers, errors included, and no HTML page
/// needs what the policy forbids (inline script, style or event handlers). The browser tests of the simulator, the
/// console and the dashboards show the policy leaves those pages working.
/// </summary>
public sealed partial class SecurityHeadersTests(SecurityHeadersTests.Site site) : IClassFixture<SecurityHeadersTests.Site>
{
    private const string VerifyToken = "test-verify-token";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)] // the simulator
    [InlineData("/simulator.css", HttpStatusCode.OK)]
    [InlineData("/js/main.js", HttpStatusCode.OK)]
    [InlineData("/dashboard/", HttpStatusCode.OK)]
    [InlineData("/dashboard/dashboard.js", HttpStatusCode.OK)]
    [InlineData("/officers/login", HttpStatusCode.OK)]
    [InlineData(OfficerConsoleExtensions.StyleSheet, HttpStatusCode.OK)]
    [InlineData("/officers/grievances", HttpStatusCode.Found)] // to the sign-in
    [InlineData("/verify/NO-SUCH-DOCUMENT?t=not-a-token", HttpStatusCode.OK)] // the "not genuine" page
    [InlineData("/verify/keys", HttpStatusCode.OK)]
    [InlineData("/documents/NO-SUCH-DOCUMENT?e=1&s=forged", HttpStatusCode.Forbidden)]
    [InlineData("/pay/no-such-order", HttpStatusCode.NotFound)] // the gateway's page, saying so
    [InlineData("/styles/pages.css", HttpStatusCode.OK)]
    [InlineData($"/webhook?hub.mode=subscribe&hub.verify_token={VerifyToken}&hub.challenge=1158201444", HttpStatusCode.OK)]
    [InlineData("/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1", HttpStatusCode.Forbidden)]
    [InlineData("/api/catalog", HttpStatusCode.OK)]
    [InlineData("/api/officers/grievances?department=revenue", HttpStatusCode.Unauthorized)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task Every_kind_of_page_and_answer_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var client = FormPosts.Client(site.Frontend);

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        await AssertSecured(response);
    }

    [Theory]
    [InlineData("/officers/dashboard")]
    [InlineData("/officers/accounts")]
    public async Task A_console_page_after_sign_in_carries_the_security_headers(string path)
    {
        using var client = FormPosts.Client(site.Frontend);
        var signedIn = await client.PostAsync("/officers/login", FormPosts.Form(
            ("userName", Site.Admin), ("password", Site.AdminPassword), (FormPosts.TokenField, await FormPosts.Token(client, "/officers/login"))));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Site.Admin, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertSecured(response);
    }

    [Fact]
    public async Task The_Orleans_Dashboard_keeps_its_own_script_policy_but_not_sniffing_or_referrers()
    {
        var response = await site.Frontend.Http.GetAsync($"{OrleansDashboardEndpoints.Path}/");

        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task A_forwarded_https_from_an_address_not_trusted_as_a_proxy_brings_no_HSTS()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/officers/login");
        request.Headers.Host = "mitra.example.gov.in";
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await site.Frontend.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void The_policy_allows_no_inline_script_or_style_and_no_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);

        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("style-src 'self'", directives["style-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("form-action 'self'", directives["form-action"]);
        Assert.Equal("base-uri 'none'", directives["base-uri"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
    }

    private static async Task AssertSecured(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Single(response, "Permissions-Policy"));
        Assert.Equal("same-origin", Single(response, "Cross-Origin-Opener-Policy"));
        // Plain HTTP here: HSTS is only ever sent over TLS.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(InlineStyle(), html);
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(InlineHandler(), html);
        }
    }

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));

    [GeneratedRegex(@"<style|<[^>]*\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    // A <script> element without a src attribute.
    [GeneratedRegex(@"<script(?![^>]*\ssrc\s*=)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    /// <summary>The frontend in Production mode with the sandbox (simulator, payment gateway), a webhook verify token and a console administrator.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public const string Admin = "headers-admin";
        public const string AdminPassword = "admin passphrase for the header tests";

        private RunningFrontend? _frontend;

        public RunningFrontend Frontend => _frontend ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync() => _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["WhatsApp:VerifyToken"] = VerifyToken,
            ["ManaMitra:Officers:Admin:User"] = Admin,
            ["ManaMitra:Officers:Admin:Password"] = AdminPassword,
        });

        public async Task DisposeAsync()
        {
            if (_frontend is not null)
            {
                await _frontend.DisposeAsync();
            }
        }
    }
}
