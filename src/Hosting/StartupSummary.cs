using ManaMitra.Catalog;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Hosting;

/// <summary>
/// One line when a host is ready, saying what it runs (catalog size, storage, WhatsApp channel, where it listens),
/// and one when it starts to stop: what a person starting or stopping it wants to know, in place of the generic host's
/// four lifetime lines.
/// </summary>
public static partial class StartupSummary
{
    /// <param name="app">The host, not yet started.</param>
    /// <param name="role">What the process is, as a person calls it: "silo", "frontend".</param>
    /// <param name="hostsSilo">Whether grains (and so the outbound channel) run in this process.</param>
    public static void LogStartupSummary(this WebApplication app, string role, bool hostsSilo)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupSummary));
        var cluster = ClusterSettings.From(app.Configuration);
        var storage = cluster.IsEmbedded ? "in-memory" : $"PostgreSQL (cluster {cluster.ClusterId})";
        var whatsApp = app.Configuration.GetSection(WhatsAppOptions.Section).Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        // A frontend without a silo only routes webhooks: the silos send, with the channel their own settings choose.
        var channel = !hostsSilo ? "silos' own" : whatsApp.IsSandbox ? "sandbox" : "Cloud API";
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var catalog = app.Services.GetRequiredService<ServiceCatalog>();
            LogReady(logger, role, string.Join(", ", app.Urls), app.Environment.EnvironmentName,
                catalog.Departments.Count, catalog.Departments.Sum(d => d.Services.Count), storage, channel);
        });
        app.Lifetime.ApplicationStopping.Register(() => LogStopping(logger, role));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "ManaMitra {Role} ready on {Urls} ({Environment}): catalog of {Departments} departments and {Services} services, {Storage} storage, {Channel} WhatsApp channel")]
    private static partial void LogReady(ILogger logger, string role, string urls, string environment, int departments, int services, string storage, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "ManaMitra {Role} stopping")]
    private static partial void LogStopping(ILogger logger, string role);
}
