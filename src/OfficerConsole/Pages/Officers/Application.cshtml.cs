using ManaMitra.Catalog;
using ManaMitra.Interfaces.Access;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.OfficerConsole.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// One application as its officer reads it — the answers (Aadhaar masked when the citizen submitted it), the fee,
/// the history — and the decision form. Another department's application is answered as not found, so the console
/// does not even confirm that a reference exists elsewhere.
/// </summary>
public sealed class ApplicationModel(ServiceCatalog catalog, IGrainFactory grains, AccessLog access, TimeProvider time) : ConsolePage(catalog)
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = string.Empty;

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public ApplicationView? Application { get; private set; }

    public LocalizedText? Message { get; private set; }

    public LocalizedText? Error { get; private set; }

    public bool Overdue => Application is { } application && application.Summary().IsOverdue(time.GetUtcNow());

    public string Fee => Application!.Submission.Fee == 0 ? T(Catalog.Texts.Departments.Free) : Rupees.Format(Application.Submission.Fee);

    public async Task<IActionResult> OnGetAsync()
    {
        await Load();
        if (Application is not null)
        {
            await access.ByOfficer(HttpContext, AccessKind.ApplicationViewed, Reference, Application.Submission.CitizenId);
        }

        return Answer();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Load();
        if (Application is null)
        {
            return Answer();
        }

        await access.ByOfficer(HttpContext, AccessKind.ApplicationActed, Reference, Application.Submission.CitizenId);

        var (verdict, error) = Validate();
        // Not this officer's level (an officer posting on an appeal, or the reverse): refused before the grain.
        Error = Application.Stage == Officer!.Decides ? error : Text.NotAwaitingDecision;
        if (verdict is not null && Error is null)
        {
            var result = await grains.GetGrain<IApplicationGrain>(Reference)
                .Decide(new OfficerDecision(verdict.Value, Note?.Trim() ?? string.Empty, Officer!.Attribution));
            Error = result switch
            {
                DecisionResult.Done => null,
                DecisionResult.NoteRequired => Text.NoteRequired,
                DecisionResult.SameOfficial => Text.SameOfficial,
                _ => Text.NotAwaitingDecision,
            };
            Message = Error is null ? Text.DecisionRecorded : null;
            await Load();
        }

        Response.StatusCode = Error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return Page();
    }

    // The page itself says "not found", with the 404 a script would look for.
    private PageResult Answer()
    {
        if (Application is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    private (Verdict? Verdict, LocalizedText? Error) Validate()
    {
        Verdict? verdict = Decision switch
        {
            "approve" => Verdict.Approved,
            "reject" => Verdict.Rejected,
            "return" => Verdict.Returned,
            _ => null,
        };
        var note = Note?.Trim() ?? string.Empty;
        return (verdict, verdict switch
        {
            null => Text.ChooseDecision,
            not Verdict.Approved when note.Length == 0 => Text.NoteRequired,
            _ when note.Length > OfficerDecision.MaxNoteLength => Text.NoteTooLong,
            _ => null,
        });
    }

    // Only the officer's own department: anything else reads as unknown.
    private async Task Load()
    {
        var view = await grains.GetGrain<IApplicationGrain>(Reference).View();
        Application = view is not null && view.Submission.DepartmentId == Officer!.DepartmentId ? view : null;
    }
}
