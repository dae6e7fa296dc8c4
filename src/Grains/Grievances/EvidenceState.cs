namespace ManaMitra.Grains.Grievances;

[GenerateSerializer]
public sealed class EvidenceState
{
    /// <summary>Null until the file is fetched and taken.</summary>
    [Id(0)] public byte[]? Content { get; set; }

    [Id(1)] public string MediaType { get; set; } = string.Empty;

    [Id(2)] public DateTimeOffset ReceivedAt { get; set; }
}
