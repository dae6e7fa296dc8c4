using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace ManaMitra.Hosting;

/// <summary>
/// <c>{dashboard}/sign-in</c>: the form an official types the officials' key into, for the officials' dashboard and
/// the Orleans Dashboard alike. Posted, with an antiforgery token, so the key never sits in an address — not in access
/// logs, browser history or a link passed on — and no other site can sign a browser in with a key of its choosing.
/// A page of the dashboard opened without the key redirects here; its data routes answer 401 problem+json.
/// </summary>
public static class DashboardSignIn
{
    public const string Segment = "/sign-in";

    public const string StyleSegment = "/sign-in.css";

    private const string KeyField = "key";

    private static readonly IFileProvider Styles = new EmbeddedFileProvider(typeof(DashboardSignIn).Assembly, "ManaMitra.Hosting.Styles");

    /// <summary>Maps the form, its post and its style under <paramref name="dashboard"/>, open to all (they are how one gets in).</summary>
    /// <param name="landing">Where a signed-in official goes: the dashboard's page.</param>
    /// <returns>The post, for a host that limits sign-in attempts to put this one under its limit.</returns>
    public static IEndpointConventionBuilder MapDashboardSignIn(this IEndpointRouteBuilder app, string dashboard, string landing, string title)
    {
        app.MapGet(dashboard + Segment, (HttpContext context) => Form(context, dashboard, title, error: null));
        app.MapGet(dashboard + StyleSegment, () => Results.Stream(Styles.GetFileInfo("sign-in.css").CreateReadStream(), "text/css; charset=utf-8"));
        return app.MapPost(dashboard + Segment, (HttpRequest request) => SubmitAsync(request.HttpContext, dashboard, landing, title));
    }

    /// <summary>
    /// What a request the dashboard does not allow gets: a browser opening a page goes to the form; anything else (a
    /// script, a data route) a 401 that says how to get in.
    /// </summary>
    public static IResult Refusal(HttpContext context, string dashboard, string title)
    {
        var request = context.Request;
        return HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
            ? Results.Redirect(dashboard + Segment)
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: title,
                detail: $"Send {OfficialsKey.Header}, or sign in at {dashboard}{Segment}.");
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, string dashboard, string landing, string title)
    {
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Sign-in form expired or forged",
                detail: $"Open {dashboard}{Segment} again and send the key from there.");
        }

        var form = await context.Request.ReadFormAsync();
        if (context.RequestServices.GetRequiredService<DashboardAccess>().SignIn(context, form[KeyField], dashboard))
        {
            // 303: the browser follows with a GET, and "back" does not post the key again.
            context.Response.Headers.Location = landing;
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        }

        return Form(context, dashboard, title, error: "That key does not open the dashboard.");
    }

    private static IResult Form(HttpContext context, string dashboard, string title, string? error)
    {
        var token = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var alert = error is null ? string.Empty : $"""<p class="error" role="alert">{html.Encode(error)}</p>""";
        return Results.Content($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · {html.Encode(title)}</title>
            <link rel="stylesheet" href="{html.Encode(dashboard + StyleSegment)}">
            </head>
            <body>
            <main>
            <h1>{html.Encode(title)}</h1>
            {alert}
            <form method="post" action="{html.Encode(dashboard + Segment)}">
            <input type="hidden" name="{html.Encode(token.FormFieldName)}" value="{html.Encode(token.RequestToken!)}">
            <label for="key">Officials' key</label>
            <input type="password" id="key" name="{KeyField}" autocomplete="current-password" required autofocus>
            <button type="submit">Sign in</button>
            </form>
            <small>The key is ManaMitra__OfficialsApiKey. Scripts send it as {OfficialsKey.Header} instead.</small>
            </main>
            </body>
            </html>
            """, "text/html; charset=utf-8", statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
    }
}
