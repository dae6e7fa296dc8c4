using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Access;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.OfficerConsole.Access;
using static ManaMitra.WebhookFrontend.Officers.OfficersApiAnswers;

namespace ManaMitra.WebhookFrontend.Officers;

/// <summary>
/// The officers' API for department systems that decide applications elsewhere: list a department's applications,
/// decide one. Each error is a problem+json answer and changes nothing. A decision is in the access log
/// (docs/BREACH.md) under the key; the list is not, as it shows no citizen's name or answers.
/// </summary>
public static class OfficersApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapOfficersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/officers/applications", List);
        app.MapPost("/api/officers/applications/{reference}/decision", Decide).RefusedUnlogged();
    }

    private static async Task<IResult> List(HttpRequest request, DepartmentKeys keys, ServiceCatalog catalog, IGrainFactory grains, string? department, string? status)
    {
        if (keys.CallerOf(request) is not { } caller)
        {
            return Unauthorized();
        }

        if (string.IsNullOrWhiteSpace(department) || catalog.FindDepartment(department) is null)
        {
            return UnknownDepartment(department);
        }

        if (caller.Department != department)
        {
            return Forbidden(department, "applications");
        }

        if (StageNames.Filter(status) is not { } filter)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown status", $"status is pending, decided or all, not \"{status}\".");
        }

        var lines = await grains.GetGrain<IDepartmentApplicationsGrain>(department).List(filter);
        return Results.Ok(new ApplicationList([.. lines.Select(ApplicationLine.From)]));
    }

    private static async Task<IResult> Decide(HttpRequest request, DepartmentKeys keys, IGrainFactory grains, AccessLog access, string reference)
    {
        if (keys.CallerOf(request) is not { } caller)
        {
            return Unauthorized();
        }

        if (await Read(request) is not { } body)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unreadable body", "Send JSON {\"decision\":\"approve|reject|return\",\"note\":\"…\"}.");
        }

        if (VerdictOf(body.Decision) is not { } verdict)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown decision", $"decision is approve, reject or return, not \"{body.Decision}\".");
        }

        var note = body.Note?.Trim() ?? string.Empty;
        if (verdict != Verdict.Approved && note.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "A note is required", "A rejection or a return says why: the citizen reads the note.");
        }

        if (note.Length > OfficerDecision.MaxNoteLength)
        {
            return Problem(StatusCodes.Status400BadRequest, "Note too long", $"A note has at most {OfficerDecision.MaxNoteLength} characters.");
        }

        var grain = grains.GetGrain<IApplicationGrain>(reference);
        if (await grain.View() is not { } application)
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown application", $"No application {reference}.");
        }

        if (application.Submission.DepartmentId != caller.Department)
        {
            return Forbidden(application.Submission.DepartmentId, "applications");
        }

        await access.ByKey(request.HttpContext, caller.Department, caller.KeyFingerprint, AccessKind.ApplicationActed, reference, application.Submission.CitizenId);
        return await grain.Decide(new OfficerDecision(verdict, note, $"{caller.Department} department system (officers' API)")) switch
        {
            DecisionResult.Done => Results.Ok(ApplicationLine.From((await grain.View())!.Summary())),
            DecisionResult.NotFound => Problem(StatusCodes.Status404NotFound, "Unknown application", $"No application {reference}."),
            DecisionResult.NoteRequired => Problem(StatusCodes.Status400BadRequest, "A note is required", "A rejection or a return says why."),
            // The department system is one identity: an appeal of its own rejection goes to an official in the console.
            DecisionResult.SameOfficial => Problem(StatusCodes.Status409Conflict, "An appeal goes to the next level up",
                $"Application {reference} is under appeal against a rejection made by this department system; another official decides it."),
            _ => Problem(StatusCodes.Status409Conflict, "Not awaiting this decision",
                $"Application {reference} is {StageNames.Of(application.Stage)}; only an application under review can be decided, and one under appeal is approved or rejected, not returned."),
        };
    }

    private static async Task<DecisionBody?> Read(HttpRequest request)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<DecisionBody>(request.Body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Verdict? VerdictOf(string? decision) => decision switch
    {
        "approve" => Verdict.Approved,
        "reject" => Verdict.Rejected,
        "return" => Verdict.Returned,
        _ => null,
    };
}
