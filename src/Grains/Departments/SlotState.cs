namespace ManaMitra.Grains.Departments;

[GenerateSerializer]
public sealed class SlotState
{
    [Id(0)] public int Capacity { get; set; }

    /// <summary>
    /// Bookings and holds by request id. Bounded by the capacity: only requests that got places are kept, and a lapsed
    /// hold is dropped by the next change. Id 1 held a count of places sold before; the records are the count now.
    /// </summary>
    [Id(2)] public Dictionary<string, SlotBookingRecord> Bookings { get; set; } = new(StringComparer.Ordinal);
}

/// <param name="Places">The place numbers taken. Ids 1 and 2 held the first place and a count before: with holds
/// released, free places are no longer one run.</param>
/// <param name="HeldUntil">Until when an unpaid hold keeps its places; null once booked for good.</param>
[GenerateSerializer]
public sealed record SlotBookingRecord(
    [property: Id(0)] string CitizenId,
    [property: Id(3)] int[] Places,
    [property: Id(4)] DateTimeOffset? HeldUntil);
