using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace ManaMitra.Observability;

/// <summary>
/// Metrics for SREs on every ManaMitra process (frontends and silos): the project's own series, ASP.NET Core, the
/// .NET runtime and Orleans, scraped by Prometheus at <c>GET /metrics</c>.
/// </summary>
public static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";

    private const string OrleansMeter = "Microsoft.Orleans";

    public static IServiceCollection AddManaMitraObservability(this IServiceCollection services)
    {
        services.AddManaMitraMetrics();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ManaMitraMetrics.MeterName, OrleansMeter)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>The silo's half of the officials' dashboard: its tally and the reporter that sends it to the dashboard grain.</summary>
    public static IServiceCollection AddManaMitraDashboardReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddManaMitraMetrics();
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        services.TryAddSingleton<DashboardTally>();
        services.AddHostedService<DashboardReporter>();
        return services;
    }

    /// <summary>The instruments alone, for hosts that record without exporting (test clusters, the embedded silo's half).</summary>
    public static IServiceCollection AddManaMitraMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<ManaMitraMetrics>();
        return services;
    }

    public static IEndpointConventionBuilder MapManaMitraMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath);
}
