using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ManaMitra.Hosting;

/// <summary>
/// The headers every page and answer carries: a content security policy with no inline script or style and no
/// framing, no MIME sniffing, no referrer leaving the site (document links carry signed tokens), no powerful browser
/// features, a window of its own; and HSTS on requests that came over TLS (to a trusted proxy: <see cref="TrustedProxies"/>).
/// The Orleans Dashboard, a third-party page built on inline script, keeps its own rules behind its key.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles only from our own files, never inline; pictures, voice notes and fetches only from this
    /// origin (and the simulator's empty icon, a data: URL); forms post only here (the payment gateway's page is the
    /// gateway's own, linked to, not posted to); no plugins, no &lt;base&gt; rewriting links, no framing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>
    /// No page uses a camera, a microphone, payments or USB. Location stays for this origin only: the simulator
    /// offers the browser's own location as a shared location.
    /// </summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(self), payment=(), usb=()";

    // A year, as browsers' preload lists ask. Outside Development only, and ASP.NET's middleware sends it only over TLS
    // and never to localhost: a developer's browser is not pinned to HTTPS on localhost for a year.
    private static readonly HstsOptions Hsts = new() { MaxAge = TimeSpan.FromDays(365), IncludeSubDomains = true };

    public static WebApplication UseManaMitraSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseMiddleware<HstsMiddleware>(Options.Create(Hsts));
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (!context.Request.Path.StartsWithSegments(OrleansDashboardEndpoints.Path))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                // For browsers older than frame-ancestors.
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = PermissionsPolicy;
                // A page we open in another window, or that opens ours, gets no handle on it.
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
            }

            return next(context);
        });
        return app;
    }
}
