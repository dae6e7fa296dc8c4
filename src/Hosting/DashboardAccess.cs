using ManaMitra.WhatsApp.CloudApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ManaMitra.Hosting;

/// <summary>
/// Who may watch the officials' dashboard (frontends) and the Orleans Dashboard (silos): anyone in sandbox mode or
/// Development; otherwise whoever holds <c>ManaMitra:OfficialsApiKey</c>, sent as <c>X-Api-Key</c> (scripts) or
/// posted once to the sign-in form (<see cref="DashboardSignIn"/>), which sets an HTTP-only cookie. The key never
/// travels in an address, so it is in no access log, browser history or bookmark. Without a configured key both are
/// closed rather than open.
/// </summary>
public sealed class DashboardAccess(IConfiguration configuration, IHostEnvironment environment)
{
    public const string CookieName = "manamitra-dashboard";

    private readonly OfficialsKey _key = new(configuration);

    private readonly bool _open = environment.IsDevelopment()
        || (configuration.GetSection(WhatsAppOptions.Section).Get<WhatsAppOptions>() ?? new WhatsAppOptions()).IsSandbox;

    public bool Allows(HttpRequest request) =>
        _open || Matches(request.Headers[OfficialsKey.Header]) || Matches(request.Cookies[CookieName]);

    /// <summary>
    /// When <paramref name="key"/> is the officials' key, keeps it in an HTTP-only cookie for <paramref name="path"/>
    /// and returns true; otherwise sets nothing.
    /// </summary>
    public bool SignIn(HttpContext context, string? key, string path)
    {
        if (!Matches(key))
        {
            return false;
        }

        context.Response.Cookies.Append(CookieName, key!, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = path,
            MaxAge = TimeSpan.FromDays(30),
        });
        return true;
    }

    private bool Matches(string? candidate) => _key.Matches(candidate);
}
