namespace ManaMitra.WebhookFrontend.Officers;

/// <summary>The problem+json answers every officers' API route gives the same way.</summary>
internal static class OfficersApiAnswers
{
    public static IResult Unauthorized() => Problem(StatusCodes.Status401Unauthorized, "Department key required",
        "Send the department system's key as X-Api-Key.");

    /// <param name="what">What the caller reached for: "applications", "grievances".</param>
    public static IResult Forbidden(string department, string what) => Problem(StatusCodes.Status403Forbidden, $"Another department's {what}",
        $"This key is not the {department} department's.");

    public static IResult UnknownDepartment(string? department) =>
        Problem(StatusCodes.Status400BadRequest, "Unknown department", $"Give ?department= one of the catalog's department ids; \"{department}\" is not.");

    /// <summary>What a route that reads a citizen's record answers when the access log cannot record the read.</summary>
    public static IResult NotLogged() => Problem(StatusCodes.Status503ServiceUnavailable, "Access log unavailable",
        "Every read of a citizen's record is logged first, and the log cannot be written now; nothing was read. Try again shortly.");

    /// <summary>Answers <see cref="NotLogged"/> for a read the access log refused (<see cref="OfficerConsole.Access.AccessNotRecordedException"/>).</summary>
    public static RouteHandlerBuilder RefusedUnlogged(this RouteHandlerBuilder route) => route.AddEndpointFilter(async (context, next) =>
    {
        try
        {
            return await next(context);
        }
        catch (OfficerConsole.Access.AccessNotRecordedException)
        {
            return NotLogged();
        }
    });

    public static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
