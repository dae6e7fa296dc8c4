using ManaMitra.Interfaces.Applications;

namespace ManaMitra.Grains.Applications;

[GenerateSerializer]
public sealed class DepartmentApplicationsState
{
    /// <summary>Each application's latest line, by reference.</summary>
    [Id(0)] public Dictionary<string, ApplicationSummary> Lines { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every application ever tracked: decided lines are dropped past a limit, this count is not.</summary>
    [Id(1)] public long Received { get; set; }
}
