using ManaMitra.Interfaces.Grievances;

namespace ManaMitra.Grains.Grievances;

[GenerateSerializer]
public sealed class GrievanceQueueState
{
    [Id(0)] public Dictionary<string, GrievanceSummary> Lines { get; set; } = new(StringComparer.Ordinal);
}
