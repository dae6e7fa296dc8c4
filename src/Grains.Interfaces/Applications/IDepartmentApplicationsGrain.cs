namespace ManaMitra.Interfaces.Applications;

/// <summary>
/// A department's queue of applications, keyed by department id: what its officials and systems list. Each
/// application grain keeps its line here current; the application grain stays the record.
/// </summary>
public interface IDepartmentApplicationsGrain : IGrainWithStringKey
{
    Task Track(ApplicationSummary summary);

    /// <summary>Pending ones by due date (the most urgent first), decided ones most recent first.</summary>
    Task<IReadOnlyList<ApplicationSummary>> List(ApplicationFilter filter);

    /// <summary>The dashboard's figures as of <paramref name="now"/>.</summary>
    Task<DepartmentFigures> Figures(DateTimeOffset now);

    /// <summary>Drops the line of <paramref name="reference"/>: the application was erased at the end of its retention.</summary>
    Task Expired(string reference);
}

public enum ApplicationFilter
{
    Pending,
    Decided,
    All,
}
