namespace ManaMitra.Grains.Departments;

[GenerateSerializer]
public sealed class SlotState
{
    [Id(0)] public int Capacity { get; set; }

    [Id(1)] public int Sold { get; set; }

    /// <summary>Every booking by request id. Bounded by the capacity: only bookings that got places are kept.</summary>
    [Id(2)] public Dictionary<string, SlotBookingRecord> Bookings { get; set; } = new(StringComparer.Ordinal);
}

[GenerateSerializer]
public sealed record SlotBookingRecord([property: Id(0)] string CitizenId, [property: Id(1)] int FirstPlace, [property: Id(2)] int Places);
