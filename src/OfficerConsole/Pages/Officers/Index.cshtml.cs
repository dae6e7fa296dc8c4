using ManaMitra.Catalog;
using ManaMitra.Interfaces.Access;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.OfficerConsole.Access;
using Microsoft.AspNetCore.Mvc;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// The officer's queue: their department's applications waiting for a decision, the most urgent first and the
/// overdue marked; or, with <c>?view=decided</c>, what was decided. Several can be approved at once.
/// </summary>
public sealed class IndexModel(ServiceCatalog catalog, IGrainFactory grains, AccessLog access, TimeProvider time) : ConsolePage(catalog)
{
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool Decided => View == "decided";

    public bool Appeals => Officer?.Decides == ApplicationStage.UnderAppeal;

    public IReadOnlyList<ApplicationSummary> Lines { get; private set; } = [];

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public string? Message { get; private set; }

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostApproveAsync(string[] selected)
    {
        var officer = Officer!;
        var references = selected.Distinct(StringComparer.Ordinal).ToList();
        var views = await Task.WhenAll(references.Select(r => grains.GetGrain<IApplicationGrain>(r).View()));
        // A reference of another department, or at another level, is skipped exactly like one no longer pending.
        var decidable = views.OfType<ApplicationView>().Where(v => v.Submission.DepartmentId == officer.DepartmentId && v.Stage == officer.Decides).ToList();
        await access.ByOfficer(HttpContext, AccessKind.ApplicationActed, decidable.Select(v => (v.Reference, (string?)v.Submission.CitizenId)));
        var approved = 0;
        foreach (var view in decidable)
        {
            if (await grains.GetGrain<IApplicationGrain>(view.Reference).Decide(new OfficerDecision(Verdict.Approved, string.Empty, officer.Attribution)) == DecisionResult.Done)
            {
                approved++;
            }
        }

        var skipped = references.Count - approved;
        Message = skipped == 0 ? $"{T(Text.Approved)}: {approved}" : $"{T(Text.Approved)}: {approved}. {T(Text.NotApproved)}: {skipped}";
        await Load();
        return Page();
    }

    // The pending queue holds what this officer's level decides: appeals for an appellate officer, the rest otherwise.
    private async Task Load()
    {
        var officer = Officer!;
        var lines = await grains.GetGrain<IDepartmentApplicationsGrain>(officer.DepartmentId!)
            .List(Decided ? ApplicationFilter.Decided : ApplicationFilter.Pending);
        Lines = Decided ? lines : [.. lines.Where(l => (l.Stage == ApplicationStage.UnderAppeal) == (officer.Decides == ApplicationStage.UnderAppeal))];
    }
}
