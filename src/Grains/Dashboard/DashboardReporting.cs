using ManaMitra.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ManaMitra.Grains.Dashboard;

public static class DashboardReporting
{
    /// <summary>The silo's half of the officials' dashboard: its tally and the reporter that sends it to the dashboard grain.</summary>
    public static IServiceCollection AddManaMitraDashboardReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddManaMitraMetrics();
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        services.TryAddSingleton<DashboardTally>();
        services.AddHostedService<DashboardReporter>();
        return services;
    }
}
