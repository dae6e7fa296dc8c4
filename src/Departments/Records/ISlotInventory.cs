namespace ManaMitra.Departments.Records;

/// <summary>What can be booked (a bus service on a route, a darshan or room slot at a temple) and how many places it has.</summary>
public interface ISlotInventory
{
    /// <param name="criteria">What the citizen chose, in the service's input order: route ends, temple…</param>
    /// <param name="startsAt">The session's hour when the citizen chose one (the catalog's <c>startsAt</c>); the offer starts then.</param>
    Task<SlotOffer?> Find(string departmentId, string serviceId, IReadOnlyList<string> criteria, DateOnly date, TimeOnly? startsAt);
}

/// <param name="Key">Names the slot completely, e.g. <c>apsrtc:bus-ticket:vijayawada:guntur:2026-12-01:06:30</c>; one slot grain each.</param>
/// <remarks>The fare is not the inventory's: the catalog's <c>fee</c> of a booking is its fare per place, the same on the service page and the ticket.</remarks>
public sealed record SlotOffer(string Key, int Capacity, TimeOnly StartsAt);
