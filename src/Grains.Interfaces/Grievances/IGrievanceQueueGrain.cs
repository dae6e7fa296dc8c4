namespace ManaMitra.Interfaces.Grievances;

/// <summary>
/// A department's grievances, keyed by department id: what its officials and systems list, the most urgent first.
/// Each grievance grain keeps its line here current; the grievance grain stays the record.
/// </summary>
public interface IGrievanceQueueGrain : IGrainWithStringKey
{
    Task Track(GrievanceSummary summary);

    Task<IReadOnlyList<GrievanceSummary>> List(GrievanceFilter filter, DateTimeOffset now);

    Task<GrievanceFigures> Figures(DateTimeOffset now);

    /// <summary>Drops the line of <paramref name="reference"/>: the grievance was erased at the end of its retention.</summary>
    Task Expired(string reference);
}

public enum GrievanceFilter
{
    Open,
    Overdue,
    Escalated,
    All,
}

/// <param name="Level">0 at the first office; above 0 once escalated.</param>
/// <param name="Above">The offices above <paramref name="OfficeId"/> in the grievance's chain, nearest first.</param>
/// <param name="ResolvedAt">When it was last resolved, while it is.</param>
/// <param name="Rating">The citizen's rating of that resolution.</param>
/// <param name="Assignee">The official of the office holding it who answers for it.</param>
[GenerateSerializer, Immutable]
public sealed record GrievanceSummary(
    [property: Id(0)] string Reference,
    [property: Id(1)] string DepartmentId,
    [property: Id(2)] string OfficeId,
    [property: Id(3)] GrievanceStatus Status,
    [property: Id(4)] int Level,
    [property: Id(5)] DateTimeOffset DueBy,
    [property: Id(6)] DateTimeOffset LodgedAt,
    [property: Id(7)] IReadOnlyList<string>? Above = null,
    [property: Id(8)] DateTimeOffset? ResolvedAt = null,
    [property: Id(9)] int? Rating = null,
    [property: Id(10)] string? Assignee = null)
{
    /// <summary>
    /// Whether an official posted at <paramref name="office"/> answers for it: the office holding it or one above it
    /// (a district sees what its wards hold); null, the department at the state, answers for all.
    /// </summary>
    public bool IsFor(string? office) => office is null || OfficeId == office || (Above?.Contains(office) ?? false);

    /// <summary>
    /// The highest office of its chain below the department at the state — the district, in a jurisdictions file
    /// whose state is made of districts — or null for a grievance with no place (the department alone).
    /// </summary>
    public string? District => Above is { Count: > 0 } above ? (above.Count > 1 ? above[^2] : OfficeId) : null;
}
