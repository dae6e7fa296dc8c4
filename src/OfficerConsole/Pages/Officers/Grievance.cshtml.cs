using ManaMitra.Catalog;
using ManaMitra.Interfaces.Access;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Interfaces.Officers;
using ManaMitra.Languages;
using ManaMitra.OfficerConsole.Access;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// One grievance as the officer answering for it reads it — what the citizen reported, the photos, the offices it
/// escalates through, every step — and the comment or resolution form. A grievance of another department, or held
/// by an office outside the officer's posting, is answered as not found, its photos too.
/// </summary>
public sealed class GrievanceModel(ServiceCatalog catalog, IGrainFactory grains, OfficePostings postings, AccessLog access, TimeProvider time)
    : ConsolePage(catalog)
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = string.Empty;

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>Where a transfer goes.</summary>
    [BindProperty]
    public string? Office { get; set; }

    /// <summary>The user name of the official an assignment goes to.</summary>
    [BindProperty]
    public string? Assignee { get; set; }

    /// <summary>The department's officials posted where they answer for it now: who it can be assigned to.</summary>
    public IReadOnlyList<OfficerListing> Colleagues { get; private set; } = [];

    public OfficePostings Postings => postings;

    public GrievanceView? Grievance { get; private set; }

    public LocalizedText? Message { get; private set; }

    public LocalizedText? Error { get; private set; }

    public bool Overdue => Grievance?.IsOverdue(time.GetUtcNow()) ?? false;

    public async Task<IActionResult> OnGetAsync()
    {
        await Load();
        if (Grievance is not null)
        {
            await access.ByOfficer(HttpContext, AccessKind.GrievanceViewed, Reference, Grievance.Submission.CitizenId);
        }

        return Answer();
    }

    /// <summary>The <paramref name="index"/>th file (from 0) — picture, voice note, document — as the citizen sent it.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(int index)
    {
        await Find();
        if (Grievance is null || index < 0 || index >= Grievance.Submission.Evidence.Count)
        {
            return NotFound();
        }

        await access.ByOfficer(HttpContext, AccessKind.EvidenceDownloaded, Reference, Grievance.Submission.CitizenId);
        var file = await grains.GetGrain<IEvidenceGrain>(Grievance.Submission.Evidence[index].MediaId).Read();
        return file is null ? NotFound() : File(file.Content, file.MediaType);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Load();
        if (Grievance is null)
        {
            return Answer();
        }

        await access.ByOfficer(HttpContext, AccessKind.GrievanceActed, Reference, Grievance.Submission.CitizenId);
        GrievanceActionKind? kind = Action switch
        {
            "comment" => GrievanceActionKind.Comment,
            "resolve" => GrievanceActionKind.Resolve,
            "transfer" => GrievanceActionKind.Transfer,
            "ask" => GrievanceActionKind.Ask,
            "assign" => GrievanceActionKind.Assign,
            _ => null,
        };
        var note = Note?.Trim() ?? string.Empty;
        var assignee = Colleagues.FirstOrDefault(c => c.UserName == Assignee);
        Error = kind is null ? Text.ChooseAction
            : kind == GrievanceActionKind.Assign ? (assignee is null ? Text.ChooseAction : null)
            : note.Length is 0 or > OfficerDecision.MaxNoteLength ? Text.GrievanceNoteRequired
            : null;
        if (Error is null)
        {
            var officer = Officer!;
            var result = await grains.GetGrain<IGrievanceGrain>(Reference)
                .Act(new GrievanceAction(kind!.Value, note, officer.Attribution, officer.DepartmentId!, Office, assignee is null ? null : $"{assignee.DisplayName} ({assignee.UserName})"));
            Error = result switch
            {
                GrievanceActResult.Done => null,
                GrievanceActResult.UnknownOffice => Text.UnknownOffice,
                GrievanceActResult.SameOffice => Text.SameOffice,
                _ => Text.GrievanceClosed,
            };
            Message = Error is not null ? null : kind switch
            {
                GrievanceActionKind.Transfer => Text.Transferred,
                GrievanceActionKind.Ask => Text.Asked,
                GrievanceActionKind.Assign => Text.Assigned,
                _ => Text.ActionRecorded,
            };
            Note = Error is null ? null : Note;
            // A grievance sent outside the officer's posting is no longer theirs to read: the page says where it went.
            await Load();
        }

        Response.StatusCode = Error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return Page();
    }

    public string StepName(GrievanceStepKind kind) => T(kind switch
    {
        GrievanceStepKind.Lodged => Text.StepLodged,
        GrievanceStepKind.Warned => Text.StepWarned,
        GrievanceStepKind.Escalated => Text.StepEscalated,
        GrievanceStepKind.Comment => Text.StepComment,
        GrievanceStepKind.Resolved => Text.StepResolved,
        GrievanceStepKind.Rated => Text.StepRated,
        GrievanceStepKind.Transferred => Text.StepTransferred,
        GrievanceStepKind.Asked => Text.StepAsked,
        GrievanceStepKind.Answered => Text.StepAnswered,
        GrievanceStepKind.Assigned => Text.StepAssigned,
        _ => Text.StepReopened,
    });

    // The page itself says "not found", with the 404 a script would look for.
    private PageResult Answer()
    {
        if (Grievance is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    // Only the officer's department, and only while an office of their posting holds it: anything else reads as unknown.
    private async Task Find()
    {
        var officer = Officer!;
        var view = await grains.GetGrain<IGrievanceGrain>(Reference).View();
        Grievance = view is not null && view.Submission.DepartmentId == officer.DepartmentId && view.IsFor(officer.OfficeId) ? view : null;
    }

    // The grievance and, for the page's assignment list, who may be given it; a photo needs the grievance alone.
    private async Task Load()
    {
        await Find();
        var officer = Officer!;
        Colleagues = Grievance is { } visible
            ? [.. (await grains.GetGrain<IOfficerRosterGrain>(IOfficerRosterGrain.Key).List())
                .Where(o => o.DepartmentId == officer.DepartmentId && o.Role != OfficerRole.Administrator && (o.OfficeId is null || visible.IsFor(o.OfficeId)))]
            : [];
    }
}
