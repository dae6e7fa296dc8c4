using ManaMitra.Hosting;
using ManaMitra.Observability;
using ManaMitra.WebSignIn;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ManaMitra.Silo;

/// <summary>
/// One silo of a production cluster on PostgreSQL, with health probes over HTTP. It refuses to start without the
/// connection string (a lone in-memory silo is what the frontend's embedded mode is for) or on an old schema.
/// </summary>
public static class SiloApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddManaMitraLogDefaults();
        var cluster = ClusterSettings.From(builder.Configuration);
        if (cluster.IsEmbedded)
        {
            throw new InvalidOperationException(
                "ConnectionStrings__ManaMitra is not set: a silo needs the cluster's PostgreSQL database. For one process with in-memory storage, run src/WebhookFrontend.");
        }

        builder.AddClusterSilo(cluster);
        builder.Services.AddHealthChecks().AddCheck<ActiveSiloHealthCheck>("silo-active");
        builder.Services.AddManaMitraObservability(builder.Configuration);
        builder.Services.AddSingleton<DashboardAccess>();
        // The Orleans Dashboard's sign-in form is posted with an antiforgery token (DashboardSignIn).
        builder.Services.AddAntiforgery();
        // Its posts count against the address as the frontend's sign-in forms do (ManaMitra__Officers__SignInsPerMinute).
        builder.Services.AddSignInLimit(builder.Configuration, OrleansDashboardEndpoints.Path + DashboardSignIn.StyleSegment);

        builder.Services.AddManaMitraLogRedaction();
        var app = builder.Build();
        app.UseManaMitraTrustedProxies();
        app.UseManaMitraSecurityHeaders();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapManaMitraMetrics();
        app.UseRateLimiter();
        if (OrleansDashboardEndpoints.IsEnabled(builder.Configuration))
        {
            app.MapProtectedOrleansDashboard().RequireRateLimiting(SignInLimit.Policy);
        }

        app.LogStartupSummary("silo", hostsSilo: true);
        return app;
    }
}
