using ManaMitra.Interfaces.Applications;

namespace ManaMitra.Grains.Applications;

[GenerateSerializer]
public sealed class DepartmentApplicationsState
{
    /// <summary>Each application's latest line, by reference.</summary>
    [Id(0)] public Dictionary<string, ApplicationSummary> Lines { get; set; } = new(StringComparer.Ordinal);
}
