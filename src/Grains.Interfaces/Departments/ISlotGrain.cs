namespace ManaMitra.Interfaces.Departments;

/// <summary>
/// One bookable slot (a bus departure, a darshan hour), keyed by <see cref="SlotOffer.Key"/>. Not reentrant and
/// persisted before it answers, so concurrent bookings queue up and the slot is never oversold. A free booking takes
/// its places at once; a paid one holds them until its payment window closes, and only payment confirms them.
/// </summary>
public interface ISlotGrain : IGrainWithStringKey
{
    /// <summary>Takes places for good (a free booking).</summary>
    Task<SlotBooking> Book(SlotBookingRequest request);

    /// <summary>
    /// Holds places for a paid booking until <see cref="SlotBooking.HeldUntil"/>; past it they count as free again.
    /// Holding again with the same request id renews the hold, on the same places while they are still free.
    /// </summary>
    Task<SlotBooking> Hold(SlotBookingRequest request);

    /// <summary>
    /// Makes a hold a booking once it is paid. A hold that lapsed is taken again if places are left; otherwise nothing
    /// is booked (<see cref="SlotBooking.Booked"/> false) and the payment must go back.
    /// </summary>
    Task<SlotBooking> Confirm(SlotBookingRequest request);

    /// <summary>Frees the places of a hold or a booking (an unpaid hold at expiry, a cancelled ticket); false when it had none.</summary>
    Task<bool> Release(string requestId);

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
/// <param name="HeldUntil">When an unpaid hold lapses; null for a booking that is confirmed.</param>
[GenerateSerializer, Immutable]
public sealed record SlotBooking(
    [property: Id(0)] bool Booked,
    [property: Id(1)] IReadOnlyList<int> Places,
    [property: Id(2)] int Remaining,
    [property: Id(3)] DateTimeOffset? HeldUntil = null);

/// <param name="Sold">Places booked for good.</param>
/// <param name="Bookings">Bookings and live holds.</param>
/// <param name="Held">Places held for payments not yet made, lapsed holds excluded.</param>
[GenerateSerializer, Immutable]
public sealed record SlotView(
    [property: Id(0)] int Capacity,
    [property: Id(1)] int Sold,
    [property: Id(2)] int Bookings,
    [property: Id(3)] int Held = 0);
