using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;

namespace ManaMitra.Hosting;

/// <summary>
/// <c>GET /orleans-dashboard/</c>: the Orleans Dashboard (grains, silos, call rates) for SREs, on every web host that
/// runs a silo, behind the officials' key (<see cref="DashboardAccess"/>, signed in at <c>/orleans-dashboard/sign-in</c>):
/// it names grain types and silo addresses.
/// </summary>
public static class OrleansDashboardEndpoints
{
    public const string Path = "/orleans-dashboard";

    /// <summary>
    /// Whether a silo runs the Orleans Dashboard (default true). Off, it neither serves the pages nor gathers their
    /// data: the dashboard times every grain call, and once a second it reads every Orleans gauge of its silo, among them
    /// a count that walks every activation (about 4 % of a silo's CPU with 30,000 conversations at 3,000 messages/s,
    /// BENCHMARKS.md; it grows with the conversations held). Prometheus' <c>/metrics</c> carries the same Orleans
    /// figures, read only when scraped.
    /// </summary>
    public const string EnabledSetting = "ManaMitra:OrleansDashboard:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(EnabledSetting, true);

    private const string Title = "Orleans Dashboard";

    /// <returns>The sign-in form's post (<see cref="DashboardSignIn.MapDashboardSignIn"/>).</returns>
    public static IEndpointConventionBuilder MapProtectedOrleansDashboard(this WebApplication app)
    {
        // A middleware rather than an endpoint filter: the dashboard's routes are not all minimal-API handlers, and
        // every one of them (pages, data, live trace) must be refused alike; only the sign-in itself passes.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(Path) && !IsSignIn(context.Request.Path),
            branch => branch.Use(async (context, next) =>
            {
                if (!context.RequestServices.GetRequiredService<DashboardAccess>().Allows(context.Request))
                {
                    await DashboardSignIn.Refusal(context, Path, Title).ExecuteAsync(context);
                    return;
                }

                await next(context);
            }));
        var signIn = app.MapDashboardSignIn(Path, $"{Path}/", Title);
        app.MapOrleansDashboard(routePrefix: Path);
        return signIn;
    }

    private static bool IsSignIn(PathString path) =>
        path.Value is { } value && value.StartsWith(Path + DashboardSignIn.Segment, StringComparison.OrdinalIgnoreCase);
}
