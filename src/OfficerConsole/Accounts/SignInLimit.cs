using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// Sign-in attempts per client address and minute. Identity's lockout stops guessing one account's password; this
/// stops one address trying a password on many accounts. Only attempts count: opening the page does not. Behind a load
/// balancer the address is the client's only when the balancer is trusted (<c>ManaMitra__TrustedProxies</c>); otherwise
/// every client shares the balancer's.
/// </summary>
public static class SignInLimit
{
    public const string Policy = "officer-sign-in";

    /// <summary><c>ManaMitra__Officers__SignInsPerMinute</c>: generous enough for an office behind one address.</summary>
    public const string Setting = "ManaMitra:Officers:SignInsPerMinute";

    public const int DefaultPerMinute = 30;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddSignInLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue(Setting, DefaultPerMinute);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.Response.WriteAsync("Too many sign-in attempts from this address: wait a minute and try again.", cancellationToken);
            };
            limiter.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    Client(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("page"));
        });
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
