using ManaMitra.WhatsApp.CloudApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ManaMitra.Hosting;

/// <summary>
/// Who may watch the officials' dashboard (frontends) and the Orleans Dashboard (silos): anyone in sandbox mode or
/// Development; otherwise whoever holds <c>ManaMitra:OfficialsApiKey</c>, sent as <c>X-Api-Key</c> (scripts) or once
/// as <c>?key=</c>, which sets a cookie so the link is not bookmarked with the key in it. Without a configured key
/// both are closed rather than open.
/// </summary>
public sealed class DashboardAccess(IConfiguration configuration, IHostEnvironment environment)
{
    public const string QueryName = "key";
    public const string CookieName = "manamitra-dashboard";

    private readonly OfficialsKey _key = new(configuration);

    private readonly bool _open = environment.IsDevelopment()
        || (configuration.GetSection(WhatsAppOptions.Section).Get<WhatsAppOptions>() ?? new WhatsAppOptions()).IsSandbox;

    public bool Allows(HttpRequest request) =>
        _open || Matches(request.Headers[OfficialsKey.Header]) || Matches(request.Cookies[CookieName]) || Matches(request.Query[QueryName]);

    /// <summary>A key that arrived in the query string moves into an HTTP-only cookie for <paramref name="path"/>, and the page reloads without it.</summary>
    public bool MovesKeyToCookie(HttpContext context, string path)
    {
        if (_open || !Matches(context.Request.Query[QueryName]))
        {
            return false;
        }

        context.Response.Cookies.Append(CookieName, context.Request.Query[QueryName].ToString(), new CookieOptions
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
