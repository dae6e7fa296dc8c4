using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ManaMitra.Hosting;

/// <summary>
/// The headers every page and answer carries: a content security policy with no inline script or style and no framing, no
/// MIME sniffing, no referrer leaving the site (document links carry signed tokens), and HSTS on requests that came
/// over TLS. The Orleans Dashboard, a third-party page built on inline script, keeps its own rules behind its key.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles only from our own files, never inline; pictures, voice notes and fetches only from this
    /// origin (and the simulator's empty icon, a data: URL).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    // A year, as browsers' preload lists ask; only ever sent over TLS, so a plain-HTTP sandbox is unaffected.
    private const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static WebApplication UseManaMitraSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (!context.Request.Path.StartsWithSegments(OrleansDashboardEndpoints.Path))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
            }

            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            return next(context);
        });
        return app;
    }
}
