namespace ManaMitra.Interfaces.Grievances;

/// <summary>A department's grievances as its officials' dashboard shows them, counted from its queue.</summary>
[GenerateSerializer, Immutable]
public sealed record GrievanceFigures
{
    [Id(0)] public required int Open { get; init; }

    /// <summary>Open past the due date of the office holding them.</summary>
    [Id(1)] public required int Overdue { get; init; }

    /// <summary>Open and above their first office: escalated by the SLA clock or reopened.</summary>
    [Id(2)] public required int Escalated { get; init; }

    [Id(3)] public required int Resolved { get; init; }

    /// <summary>From lodging to the last resolution, over the resolved grievances the queue keeps; null before the first.</summary>
    [Id(4)] public TimeSpan? MedianTimeToResolve { get; init; }

    /// <summary>The citizens' ratings of resolutions, 1 to 5; null before the first.</summary>
    [Id(5)] public double? AverageRating { get; init; }

    [Id(6)] public required int Rated { get; init; }

    /// <summary>Open grievances by the district they are in, most open first; those with no place under a null district.</summary>
    [Id(7)] public required IReadOnlyList<DistrictGrievances> Districts { get; init; }
}

/// <param name="DistrictId">The top office of the grievance's chain below the department (the district); null when it has no place.</param>
[GenerateSerializer, Immutable]
public sealed record DistrictGrievances(
    [property: Id(0)] string? DistrictId,
    [property: Id(1)] int Open,
    [property: Id(2)] int Overdue,
    [property: Id(3)] int Escalated);
