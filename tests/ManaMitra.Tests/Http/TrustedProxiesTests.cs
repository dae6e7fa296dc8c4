using System.Net;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Http;

/// <summary>
/// Behind a trusted load balancer (here the test itself, at 127.0.0.1) the forwarded scheme and client address count:
/// HSTS goes out on what arrived over TLS, and the console's sign-in limit counts each client, an IPv6 client by its
/// /64 network. Untrusted, the same headers are ignored (<see cref="SecurityHeadersTests"/>).
/// </summary>
public sealed class TrustedProxiesTests(TrustedProxiesTests.Site site) : IClassFixture<TrustedProxiesTests.Site>
{
    private const int Limit = 2;

    [Fact]
    public async Task A_request_the_proxy_received_over_TLS_gets_HSTS_and_one_it_received_in_plain_HTTP_does_not()
    {
        var overTls = await Get("https");
        var plain = await Get("http");

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(overTls.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Sign_in_attempts_are_counted_per_forwarded_client_and_per_IPv6_network()
    {
        var exhausted = await Attempts("203.0.113.7", Limit + 1);
        var anotherClient = await Attempts("198.51.100.9", 1);
        var ipv6 = await Attempts("2001:db8:1:2::1", Limit);
        var sameNetwork = await Attempts("2001:db8:1:2:ffff:ffff:ffff:ffff", 1);
        var nextNetwork = await Attempts("2001:db8:1:3::1", 1);

        // Within the limit an attempt reaches the page (refused there: it carries no antiforgery token).
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], exhausted);
        Assert.Equal([HttpStatusCode.BadRequest], anotherClient);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], ipv6);
        Assert.Equal([HttpStatusCode.TooManyRequests], sameNetwork);
        Assert.Equal([HttpStatusCode.BadRequest], nextNetwork);
    }

    private async Task<HttpResponseMessage> Get(string scheme)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/officers/login");
        // ASP.NET never sends HSTS to localhost; the balancer passes on the public name.
        request.Headers.Host = "mitra.example.gov.in";
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return await site.Frontend.Http.SendAsync(request);
    }

    private async Task<List<HttpStatusCode>> Attempts(string client, int count)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/officers/login")
            {
                Content = FormPosts.Form(("userName", "someone"), ("password", "a guessed password")),
            };
            request.Headers.Add("X-Forwarded-For", client);
            answers.Add((await site.Frontend.Http.SendAsync(request)).StatusCode);
        }

        return answers;
    }

    /// <summary>The frontend trusting 127.0.0.1 as its load balancer, with a sign-in limit of <see cref="Limit"/> a minute.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private RunningFrontend? _frontend;

        public RunningFrontend Frontend => _frontend ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync() => _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["ManaMitra:TrustedProxies"] = "127.0.0.1",
            ["ManaMitra:Officers:SignInsPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
