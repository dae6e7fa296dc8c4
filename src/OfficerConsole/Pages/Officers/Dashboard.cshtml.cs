using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Languages;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Interfaces.Officers;
using ManaMitra.OfficerConsole.Accounts;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// The officials' dashboard: for an officer their department's figures, for an administrator every department's.
/// Counted from the departments' queues of applications and of grievances on each load.
/// </summary>
public sealed class DashboardModel(ServiceCatalog catalog, IGrainFactory grains, OfficePostings postings, TimeProvider time) : ConsolePage(catalog)
{
    public const int RefreshSeconds = 30;

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public IReadOnlyList<(string Department, DepartmentFigures Figures, GrievanceFigures Grievances)> Departments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var officer = Officer!;
        var ids = officer.Role == OfficerRole.Administrator ? Catalog.Departments.Select(d => d.Id).ToList() : [officer.DepartmentId!];
        var figures = await Task.WhenAll(ids.Select(id => grains.GetGrain<IDepartmentApplicationsGrain>(id).Figures(Now)));
        var grievances = await Task.WhenAll(ids.Select(id => grains.GetGrain<IGrievanceQueueGrain>(id).Figures(Now)));
        Departments = [.. ids.Zip(figures, grievances)];
    }

    public string DistrictName(string? id) => id is null ? T(Text.NoPlace) : postings.Label(id, Language);

    public string Rating(double? average) => average is { } a ? $"{a.ToString("0.0", CultureInfo.InvariantCulture)} / 5" : T(Text.NoRatingsYet);

    /// <summary>Hours with one decimal: SLAs are counted in days, and a median of minutes would read as noise.</summary>
    /// <param name="none">What stands in before there is anything to measure.</param>
    public string Duration(TimeSpan? duration, LocalizedText none) => duration is { } d
        ? $"{d.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} {T(Text.Hours)}"
        : T(none);
}
