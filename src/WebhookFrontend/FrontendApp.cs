using ManaMitra.Hosting;
using ManaMitra.Outbound;
using ManaMitra.WebhookFrontend.Endpoints;
using ManaMitra.WebhookFrontend.Routing;

namespace ManaMitra.WebhookFrontend;

/// <summary>
/// Builds the webhook frontend. Without a connection string it also hosts a silo with in-memory storage: the whole
/// system in one process, for development and the simulator.
/// </summary>
public static class FrontendApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var configuration = builder.Configuration;
        var whatsApp = configuration.GetSection(WhatsAppOptions.Section).Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        if (string.IsNullOrWhiteSpace(whatsApp.AppSecret) && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "WhatsApp__AppSecret is not set: webhooks could not be verified. Set it, or run with ASPNETCORE_ENVIRONMENT=Development.");
        }

        builder.Services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        builder.Services.AddSingleton<MessageRouter>();
        builder.Services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag]);
        builder.UseOrleans(silo => silo.AddManaMitra(configuration));

        var app = builder.Build();
        app.MapWebhook();
        app.MapCatalog();
        app.MapHealth();
        if (whatsApp.IsSandbox)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapSandbox();
        }

        return app;
    }
}
