using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ManaMitra.Observability;

/// <summary>
/// Metrics and traces for SREs on every ManaMitra process (frontends and silos). Metrics: the project's own series,
/// ASP.NET Core, the .NET runtime and Orleans, scraped by Prometheus at <c>GET /metrics</c>. Traces: incoming HTTP,
/// ManaMitra's spans, Orleans grain calls and outgoing HTTP (whose <c>traceparent</c> header carries the trace to the
/// Cloud API), exported over OTLP — only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set: spans nobody collects would
/// cost every message CPU for nothing.
/// </summary>
public static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>The standard OpenTelemetry setting; the exporter also reads the other <c>OTEL_EXPORTER_OTLP_*</c> variables.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string OrleansMeter = "Microsoft.Orleans";

    // The sources Orleans' activity propagation starts its grain-call spans on.
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static IServiceCollection AddManaMitraObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddManaMitraMetrics();
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) => metrics.AddView(OnlyThisHost(provider.GetRequiredService<IMeterFactory>())));
        var telemetry = services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(ManaMitraMetrics.MeterName, OrleansMeter)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                // Prometheus scrapes every few seconds; a cached answer would hide what happened since the last one.
                .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(ManaMitraTracing.SourceName)
                .AddSource(OrleansSources)
                // Probes and scrapes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        }

        return services;
    }

    /// <summary>
    /// A host reports its own meters only. Meters made by another host's <see cref="IMeterFactory"/> in the same
    /// process (test hosts, a second app) share names with ours, and OpenTelemetry merges instruments by name: once
    /// that other host disposes its meter, the merged series stops counting our measurements too
    /// (open-telemetry/opentelemetry-dotnet#6412). Process-wide meters (no factory, as Orleans') are kept.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OnlyThisHost(IMeterFactory ours) =>
        instrument => instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, ours)
            ? MetricStreamConfiguration.Drop
            : null;

    /// <summary>
    /// Masks WhatsApp and Aadhaar numbers in every log line of this host (<see cref="PersonalDataRedaction"/>). Call it
    /// last before building the host, so it wraps every logging provider.
    /// </summary>
    public static IServiceCollection AddManaMitraLogRedaction(this IServiceCollection services) =>
        RedactingLoggerProvider.RedactAllLogs(services);

    /// <summary>The instruments alone, for hosts that record without exporting (test clusters, the embedded silo's half).</summary>
    public static IServiceCollection AddManaMitraMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<ManaMitraMetrics>();
        services.TryAddSingleton<PaymentMetrics>();
        services.TryAddSingleton<GrievanceMetrics>();
        services.TryAddSingleton<SearchMetrics>();
        services.TryAddSingleton<AccessLogMetrics>();
        return services;
    }

    public static IEndpointConventionBuilder MapManaMitraMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath);
}
