using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Persistence;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Departments;

/// <inheritdoc cref="ISlotGrain"/>
/// <remarks>
/// A hold lasts as long as a payment order may be paid (<see cref="PaymentsOptions.OrderLifetime"/>), so the places
/// are kept exactly while the citizen can still pay for them. A lapsed hold counts as free the moment it lapses, even
/// before anyone releases it; the next change drops its record.
/// </remarks>
public sealed class SlotGrain(
    [PersistentState(SlotGrain.StateName, StorageNames.Citizens)] IPersistentState<SlotState> state,
    TimeProvider time,
    IOptions<PaymentsOptions> payments) : Grain, ISlotGrain
{
    // One state name per grain class (Orleans issue 8746).
    public const string StateName = "department-slot";

    private Dictionary<string, SlotBookingRecord> Records => state.State.Bookings;

    public Task<SlotBooking> Book(SlotBookingRequest request) => Take(request, heldUntil: null);

    public Task<SlotBooking> Hold(SlotBookingRequest request) => Take(request, time.GetUtcNow() + payments.Value.OrderLifetime);

    public async Task<SlotBooking> Confirm(SlotBookingRequest request)
    {
        var now = time.GetUtcNow();
        if (Records.TryGetValue(request.RequestId, out var record) && Live(record, now))
        {
            if (record.HeldUntil is not null)
            {
                Records[request.RequestId] = record with { HeldUntil = null };
                await Persist();
            }

            return new SlotBooking(true, record.Places, Free(now));
        }

        // Paid after the hold lapsed: the money was taken, so the places are taken again if the slot still has them.
        return await Take(request, heldUntil: null);
    }

    public async Task<bool> Release(string requestId)
    {
        var dropped = DropLapsed(time.GetUtcNow());
        var released = Records.Remove(requestId);
        if (released || dropped)
        {
            await Persist();
        }

        return released;
    }

    public Task<SlotView> View()
    {
        var live = Records.Values.Where(r => Live(r, time.GetUtcNow())).ToList();
        return Task.FromResult(new SlotView(
            state.State.Capacity,
            live.Where(r => r.HeldUntil is null).Sum(r => r.Places.Length),
            live.Count,
            live.Where(r => r.HeldUntil is not null).Sum(r => r.Places.Length)));
    }

    /// <param name="heldUntil">Null to book for good.</param>
    private async Task<SlotBooking> Take(SlotBookingRequest request, DateTimeOffset? heldUntil)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Places, 1);
        var now = time.GetUtcNow();
        var changed = DropLapsed(now);
        if (Records.TryGetValue(request.RequestId, out var earlier) && (earlier.HeldUntil is null || heldUntil is null))
        {
            // The same request again: its answer does not change (a repeated submission, a repeated confirmation).
            return new SlotBooking(true, earlier.Places, Free(now), earlier.HeldUntil);
        }

        if (state.State.Capacity == 0)
        {
            state.State.Capacity = request.Capacity;
        }

        // A renewed hold gives its own places back before it asks for them again.
        Records.Remove(request.RequestId);
        var taken = Records.Values.SelectMany(r => r.Places).ToHashSet();
        var free = state.State.Capacity - taken.Count;
        if (request.Places > free)
        {
            if (earlier is not null || changed)
            {
                await Persist();
            }

            return new SlotBooking(false, [], free);
        }

        // The lowest free numbers: seats fill from the front, and a renewed hold keeps its seats while they are free.
        var places = earlier?.Places is { } kept && kept.Length == request.Places && !kept.Any(taken.Contains)
            ? kept
            : Enumerable.Range(1, state.State.Capacity).Where(n => !taken.Contains(n)).Take(request.Places).ToArray();
        Records[request.RequestId] = new SlotBookingRecord(request.CitizenId, places, heldUntil);
        await Persist();
        return new SlotBooking(true, places, free - request.Places, heldUntil);
    }

    private static bool Live(SlotBookingRecord record, DateTimeOffset now) => record.HeldUntil is not { } until || until > now;

    private int Free(DateTimeOffset now) => state.State.Capacity - Records.Values.Where(r => Live(r, now)).Sum(r => r.Places.Length);

    private bool DropLapsed(DateTimeOffset now)
    {
        var lapsed = Records.Where(r => !Live(r.Value, now)).Select(r => r.Key).ToList();
        lapsed.ForEach(key => Records.Remove(key));
        return lapsed.Count > 0;
    }

    private Task Persist() => state.WriteOrDeactivate(this);
}
