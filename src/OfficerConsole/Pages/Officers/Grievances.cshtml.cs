using ManaMitra.Catalog;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// The grievances the officer answers for — their department's, held by the office they are posted at or one under
/// it — the most urgent first and the overdue marked; <c>?view=overdue|escalated|all</c> narrows or widens the list.
/// </summary>
public sealed class GrievancesModel(ServiceCatalog catalog, IGrainFactory grains, OfficePostings postings, TimeProvider time) : ConsolePage(catalog)
{
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public GrievanceFilter Filter => View switch
    {
        "overdue" => GrievanceFilter.Overdue,
        "escalated" => GrievanceFilter.Escalated,
        "all" => GrievanceFilter.All,
        _ => GrievanceFilter.Open,
    };

    public IReadOnlyList<GrievanceSummary> Lines { get; private set; } = [];

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public OfficePostings Postings => postings;

    public async Task OnGetAsync()
    {
        var officer = Officer!;
        var lines = await grains.GetGrain<IGrievanceQueueGrain>(officer.DepartmentId!).List(Filter, Now);
        Lines = [.. lines.Where(l => l.IsFor(officer.OfficeId))];
    }
}
