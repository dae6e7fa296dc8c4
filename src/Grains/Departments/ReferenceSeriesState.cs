namespace ManaMitra.Grains.Departments;

[GenerateSerializer]
public sealed class ReferenceSeriesState
{
    [Id(0)] public long Last { get; set; }

    /// <summary>Numbers of recent request ids, oldest first, so a retried submission is not numbered twice.</summary>
    [Id(1)] public List<KeyValuePair<string, long>> Recent { get; set; } = [];
}
