using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;

namespace ManaMitra.Hosting;

/// <summary>
/// <c>GET /orleans-dashboard/</c>: the Orleans Dashboard (grains, silos, call rates) for SREs, on every web host that
/// runs a silo, behind the officials' key (<see cref="DashboardAccess"/>): it names grain types and silo addresses.
/// </summary>
public static class OrleansDashboardEndpoints
{
    public const string Path = "/orleans-dashboard";

    public static WebApplication MapProtectedOrleansDashboard(this WebApplication app)
    {
        // A middleware rather than an endpoint filter: the dashboard's routes are not all minimal-API handlers, and
        // every one of them (pages, data, live trace) must be refused alike.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (context, next) =>
        {
            var access = context.RequestServices.GetRequiredService<DashboardAccess>();
            if (access.MovesKeyToCookie(context, Path))
            {
                context.Response.Redirect($"{Path}/");
                return;
            }

            if (!access.Allows(context.Request))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "SREs only",
                    detail: $"Send {OfficialsKey.Header}, or open the link with ?{DashboardAccess.QueryName}= once.").ExecuteAsync(context);
                return;
            }

            await next(context);
        }));
        app.MapOrleansDashboard(routePrefix: Path);
        return app;
    }
}
