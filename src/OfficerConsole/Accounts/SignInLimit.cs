using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// Sign-in attempts per client address and minute. Identity's lockout stops guessing one account's password; this
/// stops one address trying a password on many accounts. Only attempts count: opening the page does not.
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
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("page"));
        });
    }
}
