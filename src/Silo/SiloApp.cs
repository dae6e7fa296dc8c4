using ManaMitra.Hosting;
using ManaMitra.Persistence;
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
        var cluster = ClusterSettings.From(builder.Configuration);
        if (cluster.IsEmbedded)
        {
            throw new InvalidOperationException(
                "ConnectionStrings__ManaMitra is not set: a silo needs the cluster's PostgreSQL database. For one process with in-memory storage, run src/WebhookFrontend.");
        }

        // Checked before Orleans starts so an outdated schema is a clear message, not a provider's SQL error.
        SchemaMigrator.EnsureCurrentAsync(cluster.ConnectionString!).GetAwaiter().GetResult();

        builder.UseOrleans(silo => silo.AddManaMitra(builder.Configuration, builder.Environment));
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        return app;
    }
}
