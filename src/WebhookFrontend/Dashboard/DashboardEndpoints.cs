using ManaMitra.Hosting;
using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Observability;
using ManaMitra.WebSignIn;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace ManaMitra.WebhookFrontend.Dashboard;

/// <summary>
/// <c>GET /dashboard</c>: the officials' live page; <c>GET /dashboard/events</c>: its server-sent events (a snapshot
/// of the last hour every push interval); <c>GET /dashboard/snapshot</c>: the same once, as JSON, for scripts. Behind
/// the officials' key (<see cref="DashboardAccess"/>), signed in at <c>/dashboard/sign-in</c>.
/// </summary>
public static class DashboardEndpoints
{
    public const string Path = "/dashboard";

    private const string Title = "ManaMitra dashboard";

    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        services.TryAddSingleton<DashboardAccess>();
        services.AddSingleton<DashboardFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<DashboardFeed>());
        return services;
    }

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapDashboardSignIn(Path, Path, Title).RequireRateLimiting(SignInLimit.Policy);
        var dashboard = app.MapGroup(Path).AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<DashboardAccess>().Allows(context.HttpContext.Request)
                ? await next(context)
                : DashboardSignIn.Refusal(context.HttpContext, Path, Title));
        dashboard.MapGet("", Page);
        dashboard.MapGet("/{asset}", Asset);
        dashboard.MapGet("/events", (DashboardFeed feed, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(feed.Subscribe(cancellationToken), eventType: "snapshot"));
        dashboard.MapGet("/snapshot", async (IGrainFactory grains) => Results.Ok(await grains.GetGrain<IDashboardGrain>(IDashboardGrain.Key).Snapshot()));
    }

    private static IResult Page(IWebHostEnvironment environment) => File(environment.WebRootFileProvider, "index.html", "text/html; charset=utf-8");

    private static IResult Asset(string asset, IWebHostEnvironment environment) => asset switch
    {
        "dashboard.js" => File(environment.WebRootFileProvider, asset, "text/javascript; charset=utf-8"),
        "dashboard.css" => File(environment.WebRootFileProvider, asset, "text/css; charset=utf-8"),
        _ => Results.NotFound(),
    };

    private static IResult File(IFileProvider files, string name, string contentType)
    {
        var file = files.GetFileInfo($"dashboard/{name}");
        return file.Exists ? Results.Stream(file.CreateReadStream(), contentType) : Results.NotFound();
    }
}
