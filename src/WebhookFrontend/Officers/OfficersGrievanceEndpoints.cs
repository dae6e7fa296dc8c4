using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Departments.Jurisdictions;
using ManaMitra.Interfaces.Access;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.OfficerConsole.Access;
using static ManaMitra.WebhookFrontend.Officers.OfficersApiAnswers;

namespace ManaMitra.WebhookFrontend.Officers;

/// <summary>
/// The officers' API for grievances (<c>../shared/DESIGN.md</c>): a department's queue, most urgent first, and an
/// official's action on one. Same keys and answers as the applications' routes; every error is problem+json and
/// changes nothing. Reading one grievance, its evidence, or acting on it is in the access log (docs/BREACH.md) under
/// the key; the list is not, as it shows no citizen's name or words.
/// </summary>
public static class OfficersGrievanceEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapOfficersGrievanceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/officers/grievances", List);
        app.MapGet("/api/officers/grievances/{reference}", Show).RefusedUnlogged();
        app.MapGet("/api/officers/grievances/{reference}/evidence/{index:int}", Evidence).RefusedUnlogged();
        app.MapPost("/api/officers/grievances/{reference}/actions", Act).RefusedUnlogged();
    }

    /// <summary>One grievance in full: what the citizen reported, its offices, every step, and links to its evidence.</summary>
    private static async Task<IResult> Show(HttpRequest request, DepartmentKeys keys, IGrainFactory grains, AccessLog access, string reference)
    {
        var (view, caller, refused) = await Visible(request, keys, grains, reference);
        if (view is null)
        {
            return refused!;
        }

        await access.ByKey(request.HttpContext, caller!.Department, caller.KeyFingerprint, AccessKind.GrievanceViewed, reference, view.Submission.CitizenId);
        return Results.Ok(GrievanceDetail.From(view));
    }

    /// <summary>The <paramref name="index"/>th file the citizen sent (from 0), as it was received.</summary>
    private static async Task<IResult> Evidence(HttpRequest request, DepartmentKeys keys, IGrainFactory grains, AccessLog access, string reference, int index)
    {
        var (view, caller, refused) = await Visible(request, keys, grains, reference);
        if (view is null)
        {
            return refused!;
        }

        if (index < 0 || index >= view.Submission.Evidence.Count)
        {
            return Problem(StatusCodes.Status404NotFound, "No such evidence", $"Grievance {reference} has {view.Submission.Evidence.Count} evidence file(s), numbered from 0.");
        }

        await access.ByKey(request.HttpContext, caller!.Department, caller.KeyFingerprint, AccessKind.EvidenceDownloaded, reference, view.Submission.CitizenId);
        return await grains.GetGrain<IEvidenceGrain>(view.Submission.Evidence[index].MediaId).Read() is { } file
            ? Results.Bytes(file.Content, file.MediaType)
            : Problem(StatusCodes.Status404NotFound, "Evidence not kept", $"Evidence {index} of {reference} was never kept.");
    }

    // The caller's department's grievance, or the answer that says why not.
    private static async Task<(GrievanceView? View, DepartmentCaller? Caller, IResult? Refused)> Visible(
        HttpRequest request, DepartmentKeys keys, IGrainFactory grains, string reference)
    {
        if (keys.CallerOf(request) is not { } caller)
        {
            return (null, null, Unauthorized());
        }

        if (await grains.GetGrain<IGrievanceGrain>(reference).View() is not { } view)
        {
            return (null, caller, Problem(StatusCodes.Status404NotFound, "Unknown grievance", $"No grievance {reference}."));
        }

        return view.Submission.DepartmentId == caller.Department ? (view, caller, null) : (null, caller, Forbidden(view.Submission.DepartmentId, "grievances"));
    }

    /// <param name="office">Optional: only what that office (a jurisdictions id) and the offices under it hold, as an officer posted there sees it.</param>
    private static async Task<IResult> List(
        HttpRequest request, DepartmentKeys keys, ServiceCatalog catalog, OfficeTree offices, IGrainFactory grains, TimeProvider time, string? department, string? status, string? office)
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
            return Forbidden(department, "grievances");
        }

        if (GrievanceLine.Filter(status) is not { } filter)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown status", $"status is open, overdue, escalated or all, not \"{status}\".");
        }

        if (office is not null && offices.Find(office) is null && office != department)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown office", $"office is an office id of the jurisdictions file (e.g. ntr/vijayawada), not \"{office}\".");
        }

        var lines = await grains.GetGrain<IGrievanceQueueGrain>(department).List(filter, time.GetUtcNow());
        return Results.Ok(new GrievanceList([.. lines.Where(l => l.IsFor(office)).Select(GrievanceLine.From)]));
    }

    private static async Task<IResult> Act(HttpRequest request, DepartmentKeys keys, IGrainFactory grains, AccessLog access, string reference)
    {
        if (keys.CallerOf(request) is not { } caller)
        {
            return Unauthorized();
        }

        if (await Read(request) is not { } body)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unreadable body", "Send JSON {\"action\":\"comment|ask|transfer|resolve\",\"note\":\"…\",\"office\":\"…\"}.");
        }

        GrievanceActionKind? kind = body.Action switch
        {
            "comment" => GrievanceActionKind.Comment,
            "resolve" => GrievanceActionKind.Resolve,
            "transfer" => GrievanceActionKind.Transfer,
            "ask" => GrievanceActionKind.Ask,
            _ => null,
        };
        if (kind is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown action", $"action is comment, resolve, transfer or ask, not \"{body.Action}\".");
        }

        var note = body.Note?.Trim() ?? string.Empty;
        if (note.Length == 0 || note.Length > OfficerDecision.MaxNoteLength)
        {
            return Problem(StatusCodes.Status400BadRequest, "A note is required",
                $"A comment, a transfer or a resolution says what was done and why, a question what the citizen is asked, in 1 to {OfficerDecision.MaxNoteLength} characters.");
        }

        if (kind == GrievanceActionKind.Transfer && string.IsNullOrWhiteSpace(body.Office))
        {
            return Problem(StatusCodes.Status400BadRequest, "An office is required", "A transfer names the office it goes to: \"office\":\"guntur/guntur/arundelpet\".");
        }

        var grain = grains.GetGrain<IGrievanceGrain>(reference);
        // Read first for the access log's citizen key; the grain still checks the department itself as it acts.
        if (await grain.View() is { } view && view.Submission.DepartmentId == caller.Department)
        {
            await access.ByKey(request.HttpContext, caller.Department, caller.KeyFingerprint, AccessKind.GrievanceActed, reference, view.Submission.CitizenId);
        }

        return await grain.Act(new GrievanceAction(kind.Value, note, $"{caller.Department} department system (officers' API)", caller.Department, body.Office?.Trim())) switch
        {
            GrievanceActResult.Done => Results.Ok(GrievanceLine.From((await grain.View())!)),
            GrievanceActResult.UnknownOffice => Problem(StatusCodes.Status400BadRequest, "Unknown office",
                $"\"{body.Office}\" is not an office of the jurisdictions file below the state (e.g. ntr/vijayawada/governorpet)."),
            GrievanceActResult.SameOffice => Problem(StatusCodes.Status409Conflict, "There already", $"Grievance {reference} is with {body.Office} already."),
            GrievanceActResult.NotFound => Problem(StatusCodes.Status404NotFound, "Unknown grievance", $"No grievance {reference}."),
            GrievanceActResult.NotYours => Forbidden((await grain.View())!.Submission.DepartmentId, "grievances"),
            _ => Problem(StatusCodes.Status409Conflict, "Resolved already", $"Grievance {reference} is resolved; nothing more can be done until it is reopened."),
        };
    }

    private static async Task<GrievanceActionBody?> Read(HttpRequest request)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<GrievanceActionBody>(request.Body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary><c>{"action":"comment"|"resolve"|"transfer"|"ask","note":"…","office":"…"}</c>.</summary>
public sealed record GrievanceActionBody(string? Action, string? Note, string? Office);

public sealed record GrievanceList(IReadOnlyList<GrievanceLine> Grievances);

/// <summary>One grievance as the API writes it: <c>{"reference","department","office","status","level","dueBy"}</c>.</summary>
public sealed record GrievanceLine(string Reference, string Department, string Office, string Status, int Level, DateTimeOffset DueBy)
{
    public static GrievanceLine From(GrievanceSummary summary) => new(
        summary.Reference, summary.DepartmentId, summary.OfficeId, summary.Status == GrievanceStatus.Open ? "open" : "resolved", summary.Level, summary.DueBy);

    public static GrievanceLine From(GrievanceView view) => new(
        view.Submission.Reference, view.Submission.DepartmentId, view.Office.Id, view.Status == GrievanceStatus.Open ? "open" : "resolved", view.Level, view.DueBy);

    public static GrievanceFilter? Filter(string? status) => status switch
    {
        null or "" or "open" => GrievanceFilter.Open,
        "overdue" => GrievanceFilter.Overdue,
        "escalated" => GrievanceFilter.Escalated,
        "all" => GrievanceFilter.All,
        _ => null,
    };
}
