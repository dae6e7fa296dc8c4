using Microsoft.Extensions.FileProviders;

namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary>
/// <c>GET /styles/pages.css</c>: the style of the pages written in C# (document verification, the sandbox payment
/// gateway), a file rather than inline so the content security policy allows no inline style. Served from the assembly,
/// so it does not depend on the simulator's web root being deployed.
/// </summary>
public static class PageStyles
{
    private const string Path = "/styles";

    public const string StyleSheet = $"{Path}/pages.css";

    public static WebApplication UsePageStyles(this WebApplication app)
    {
        // "no-cache" revalidates (a 304 by ETag): a deployment's new style shows at once, and an unchanged one costs
        // a few bytes.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(PageStyles).Assembly, "ManaMitra.WebhookFrontend.Styles"),
            RequestPath = Path,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
