using ManaMitra.Conversations;
using ManaMitra.Documents;
using ManaMitra.Grains.Payments;
using ManaMitra.Hosting;
using ManaMitra.Interfaces;
using ManaMitra.Observability;
using ManaMitra.OfficerConsole;
using ManaMitra.WebSignIn;
using ManaMitra.WebhookFrontend.Dashboard;
using ManaMitra.WebhookFrontend.Endpoints;
using ManaMitra.WebhookFrontend.Officers;
using ManaMitra.WebhookFrontend.Routing;
using ManaMitra.WebhookFrontend.Verification;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ManaMitra.WebhookFrontend;

/// <summary>
/// Builds the webhook frontend. Without a connection string it also hosts a silo with in-memory storage: the whole
/// system in one process, for development and the simulator. With one it is the cluster's client, or, given
/// <see cref="ClusterSilo.HostsSiloKey"/>, one of its silos.
/// </summary>
public static class FrontendApp
{
    public static WebApplication Build(string[] args)
    {
        // The web root (simulator and dashboard files) sits beside the assembly, wherever the process was started from:
        // `dotnet path/to/ManaMitra.WebhookFrontend.dll` from another folder must serve them too.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot") });
        var configuration = builder.Configuration;
        configuration.AddManaMitraLogDefaults();
        var whatsApp = configuration.GetSection(WhatsAppOptions.Section).Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        if (string.IsNullOrWhiteSpace(whatsApp.AppSecret) && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "WhatsApp__AppSecret is not set: webhooks could not be verified. Set it, or run with ASPNETCORE_ENVIRONMENT=Development.");
        }

        builder.Services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        // Made here, while the host is built, so a frontend without its key stops at start-up, not at the first webhook.
        builder.Services.AddSingleton(CitizenKeys.FromConfiguration(configuration, builder.Environment.IsDevelopment()));
        builder.Services.AddSingleton<CitizenAliases>();
        builder.Services.AddSingleton<MessageRouter>();
        builder.Services.TryAddSingleton(typeof(GrainsByKey<>));
        builder.Services.AddSingleton<DepartmentKeys>();
        builder.Services.Configure<PaymentsOptions>(configuration.GetSection(PaymentsOptions.Section));
        // Read by /api/catalog for the consent notice's version, which counts the retention the silos tell citizens.
        builder.Services.Configure<ChatOptions>(configuration.GetSection(ChatOptions.Section));
        builder.Services.AddConsentNotice();
        builder.Services.TryAddSingleton<GatewaySecret>();
        builder.Services.AddHttpClient();
        builder.Services.AddManaMitraObservability(configuration);
        builder.Services.AddDashboard(configuration);
        builder.Services.AddOfficerConsole(configuration);
        builder.Services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag]);
        var cluster = ClusterSettings.From(configuration);
        var hostsClusterSilo = !cluster.IsEmbedded && ClusterSilo.IsHostedByFrontend(configuration);
        if (cluster.IsEmbedded)
        {
            builder.UseOrleans(silo => silo.AddManaMitra(configuration, builder.Environment));
        }
        else if (hostsClusterSilo)
        {
            // A member of the cluster: webhooks reach the grains placed here without the client-to-gateway hop.
            builder.AddClusterSilo(cluster);
        }
        else
        {
            // A client of the cluster in that database: it hosts no grains, so it loads the catalog only to serve it.
            builder.UseOrleansClient(client => client.AddManaMitraCluster(cluster));
            builder.Services.AddSingleton(ManaMitra.Hosting.SiloBuilderExtensions.LoadCatalog(configuration));
            // The console names offices and checks where an officer is posted.
            builder.Services.AddSingleton(ManaMitra.Hosting.SiloBuilderExtensions.LoadJurisdictions(configuration));
            builder.Services.AddManaMitraDocuments(configuration);
        }

        builder.Services.AddOpenApi();
        builder.Services.AddManaMitraLogRedaction();

        var app = builder.Build();
        // Signing and link keys load lazily; resolving them here makes a deployment without them fail at start-up.
        _ = app.Services.GetRequiredService<DocumentKeys>();
        _ = app.Services.GetRequiredService<DocumentLinks>();
        app.UseManaMitraTrustedProxies();
        app.UseManaMitraSecurityHeaders();
        app.UsePageStyles();
        app.MapOpenApi();
        app.MapDocuments();
        app.MapWebhook();
        app.MapPaymentCallback();
        app.MapCatalog();
        app.MapOfficersApi();
        app.MapOfficersGrievanceApi();
        app.MapOfficerConsole();
        app.MapHealth();
        app.MapManaMitraMetrics();
        app.MapDashboard();
        if ((cluster.IsEmbedded || hostsClusterSilo) && OrleansDashboardEndpoints.IsEnabled(configuration))
        {
            app.MapProtectedOrleansDashboard().RequireRateLimiting(SignInLimit.Policy);
        }

        // The in-process payment gateway's page and "pay" action: its orders live in the embedded silo's process.
        if (cluster.IsEmbedded && (whatsApp.IsSandbox || builder.Environment.IsDevelopment()))
        {
            app.MapSandboxGateway();
        }

        // The simulator reads replies from the in-process sandbox channel, which exists only when the silo is here too.
        if (whatsApp.IsSandbox && cluster.IsEmbedded)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapSandbox();
            app.MapSandboxSms();
        }

        app.LogStartupSummary(
            cluster.IsEmbedded ? "frontend with embedded silo" : hostsClusterSilo ? "frontend hosting a silo" : "frontend",
            hostsSilo: cluster.IsEmbedded || hostsClusterSilo);
        return app;
    }
}
