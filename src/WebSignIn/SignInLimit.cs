using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using ManaMitra.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.WebSignIn;

/// <summary>
/// Sign-in attempts per client address and minute, on the console's password and code steps and the dashboards' key
/// forms alike (one count per address across them). Identity's lockout stops guessing one account's password; this
/// stops one address trying a password on many accounts. Only attempts count: opening the page does not. Behind a load
/// balancer the address is the client's only when the balancer is trusted (<c>ManaMitra__TrustedProxies</c>); otherwise
/// every client shares the balancer's. Each web host registers it once (the frontend for the console and its
/// dashboards, a silo for the Orleans Dashboard) and puts its sign-in posts under <see cref="Policy"/>.
/// </summary>
public static class SignInLimit
{
    public const string Policy = "officer-sign-in";

    /// <summary><c>ManaMitra__Officers__SignInsPerMinute</c>: generous enough for an office behind one address.</summary>
    public const string Setting = "ManaMitra:Officers:SignInsPerMinute";

    public const int DefaultPerMinute = 30;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Telugu as Telugu in the page source, as the console's pages write it, not as numeric character references.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="styleSheet">The style of the refusal page: one the host serves to whoever has not signed in.</param>
    public static IServiceCollection AddSignInLimit(this IServiceCollection services, IConfiguration configuration, string styleSheet)
    {
        var perMinute = configuration.GetValue(Setting, DefaultPerMinute);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                // When this address's window ends, not a whole window from now: a client that waits is let in at once.
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Refusal(rejected.HttpContext, seconds, styleSheet, cancellationToken));
            };
            limiter.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    Client(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("page"));
        });
    }

    /// <summary>
    /// A page in every language the console speaks, one under the other: whoever is refused has not signed in, so
    /// no chosen language is known, and the console's sign-in forms and the dashboards' share this answer.
    /// </summary>
    private static Task Refusal(HttpContext context, int seconds, string styleSheet, CancellationToken cancellationToken)
    {
        var texts = context.RequestServices.GetRequiredService<ServiceCatalog>().Texts.Console;
        var lines = string.Concat(texts.SignInTooMany.Fill(seconds).Entries.Select(e =>
            $"""<p class="error" role="alert" lang="{Html.Encode(e.Key)}">{Html.Encode(e.Value)}</p>"""));
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{Html.Encode(texts.Title.Entries[0].Key)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(string.Join(" · ", texts.SignIn.Entries.Select(e => e.Value).Distinct()))}</title>
            <link rel="stylesheet" href="{Html.Encode(styleSheet)}">
            </head>
            <body>
            <main>
            {lines}
            </main>
            </body>
            </html>
            """, cancellationToken);
    }

    /// <summary>
    /// Whom an attempt is counted against: an IPv4 address, or an IPv6 address's /64 network, since one subscriber
    /// is given a whole /64 and could otherwise take a fresh address for every attempt.
    /// </summary>
    private static string Client(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var network = address.GetAddressBytes();
        network.AsSpan(8).Clear();
        return $"{new IPAddress(network)}/64";
    }
}
