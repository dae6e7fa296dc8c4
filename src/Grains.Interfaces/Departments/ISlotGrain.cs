namespace ManaMitra.Interfaces.Departments;

/// <summary>
/// One bookable slot (a bus departure, a darshan hour), keyed by <see cref="SlotOffer.Key"/>. Not reentrant and
/// persisted before it answers, so concurrent bookings queue up and the slot is never oversold.
/// </summary>
public interface ISlotGrain : IGrainWithStringKey
{
    Task<SlotBooking> Book(SlotBookingRequest request);

    Task<SlotView> View();
}

/// <param name="Capacity">The slot's places as the inventory states them; fixed by the first booking.</param>
/// <param name="RequestId">A repeated request id returns the first booking instead of booking again.</param>
[GenerateSerializer, Immutable]
public sealed record SlotBookingRequest(
    [property: Id(0)] string CitizenId,
    [property: Id(1)] int Places,
    [property: Id(2)] string RequestId,
    [property: Id(3)] int Capacity);

/// <param name="Places">The place numbers booked (seat numbers), empty when the slot could not take them.</param>
[GenerateSerializer, Immutable]
public sealed record SlotBooking(
    [property: Id(0)] bool Booked,
    [property: Id(1)] IReadOnlyList<int> Places,
    [property: Id(2)] int Remaining);

[GenerateSerializer, Immutable]
public sealed record SlotView([property: Id(0)] int Capacity, [property: Id(1)] int Sold, [property: Id(2)] int Bookings);
