using ManaMitra.Interfaces.Departments;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Departments;

/// <inheritdoc cref="ISlotGrain"/>
public sealed class SlotGrain(
    [PersistentState(SlotGrain.StateName, StorageNames.Citizens)] IPersistentState<SlotState> state) : Grain, ISlotGrain
{
    // One state name per grain class (Orleans issue 8746).
    public const string StateName = "department-slot";

    public async Task<SlotBooking> Book(SlotBookingRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Places, 1);
        var slot = state.State;
        if (slot.Bookings.TryGetValue(request.RequestId, out var earlier))
        {
            return new SlotBooking(true, PlacesOf(earlier), slot.Capacity - slot.Sold);
        }

        if (slot.Capacity == 0)
        {
            slot.Capacity = request.Capacity;
        }

        if (slot.Sold + request.Places > slot.Capacity)
        {
            return new SlotBooking(false, [], slot.Capacity - slot.Sold);
        }

        var record = new SlotBookingRecord(request.CitizenId, slot.Sold + 1, request.Places);
        slot.Bookings[request.RequestId] = record;
        slot.Sold += request.Places;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The places were taken in memory only; dropping the activation makes the next call start from storage
            // instead of selling from a count that was never saved.
            DeactivateOnIdle();
            throw;
        }

        return new SlotBooking(true, PlacesOf(record), slot.Capacity - slot.Sold);
    }

    public Task<SlotView> View() =>
        Task.FromResult(new SlotView(state.State.Capacity, state.State.Sold, state.State.Bookings.Count));

    private static int[] PlacesOf(SlotBookingRecord record) => Enumerable.Range(record.FirstPlace, record.Places).ToArray();
}
