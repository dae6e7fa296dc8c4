namespace ManaMitra.Grains.Citizens;

[GenerateSerializer]
public sealed class CitizenRecordsState
{
    /// <summary>Application and grievance references, oldest first: a citizen files a handful in a year, not thousands.</summary>
    [Id(0)] public List<string> References { get; set; } = [];
}
