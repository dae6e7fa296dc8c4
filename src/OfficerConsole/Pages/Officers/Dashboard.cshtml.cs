using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Officers;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// The officials' dashboard: for an officer their department's figures, for an administrator every department's.
/// Counted from the departments' queues on each load.
/// </summary>
public sealed class DashboardModel(ServiceCatalog catalog, IGrainFactory grains, TimeProvider time) : ConsolePage(catalog)
{
    public const int RefreshSeconds = 30;

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public IReadOnlyList<(string Department, DepartmentFigures Figures)> Departments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var officer = Officer!;
        var ids = officer.Role == OfficerRole.Administrator ? Catalog.Departments.Select(d => d.Id).ToList() : [officer.DepartmentId!];
        var figures = await Task.WhenAll(ids.Select(id => grains.GetGrain<IDepartmentApplicationsGrain>(id).Figures(Now)));
        Departments = [.. ids.Zip(figures)];
    }

    /// <summary>Hours with one decimal: SLAs are counted in days, and a median of minutes would read as noise.</summary>
    public string Duration(TimeSpan? duration) => duration is { } d
        ? $"{d.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} {T(Text.Hours)}"
        : T(Text.NoDecisionsYet);
}
