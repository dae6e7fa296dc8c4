using ManaMitra.Hosting;
using ManaMitra.Observability;
using ManaMitra.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Orleans.Configuration;

namespace ManaMitra.Silo;

/// <summary>
/// One silo of a production cluster on PostgreSQL, with health probes over HTTP. It refuses to start without the
/// connection string (a lone in-memory silo is what the frontend's embedded mode is for) or on an old schema.
/// </summary>
public static class SiloApp
{
    /// <summary>
    /// How long SIGTERM may take: Orleans stops placing grains here, deactivates every grain (each writes what it
    /// has not yet stored) and marks the silo Dead in the membership table. Orchestrators must wait longer than this
    /// before SIGKILL (docker-compose: <c>stop_grace_period</c>; Kubernetes: <c>terminationGracePeriodSeconds</c>).
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Membership tuning (probe timeouts, votes) as <c>Orleans__Membership__*</c>; Orleans' defaults otherwise.</summary>
    public const string MembershipSection = "Orleans:Membership";

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

        // Checked before Orleans starts so an outdated schema is a clear message, not a provider's SQL error.
        SchemaMigrator.EnsureCurrentAsync(cluster.ConnectionString!).GetAwaiter().GetResult();

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection(MembershipSection));
        builder.UseOrleans(silo => silo.AddManaMitra(builder.Configuration, builder.Environment));
        builder.Services.AddHealthChecks().AddCheck<ActiveSiloHealthCheck>("silo-active");
        builder.Services.AddManaMitraObservability(builder.Configuration);
        builder.Services.AddSingleton<DashboardAccess>();

        builder.Services.AddManaMitraLogRedaction();
        var app = builder.Build();
        app.UseManaMitraSecurityHeaders();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapManaMitraMetrics();
        app.MapProtectedOrleansDashboard();
        app.LogStartupSummary("silo", hostsSilo: true);
        return app;
    }
}
