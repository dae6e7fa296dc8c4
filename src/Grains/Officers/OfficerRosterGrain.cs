using ManaMitra.Interfaces.Officers;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Officers;

/// <summary>The list of officer accounts. A state's officers number in the thousands, so one grain holds them all.</summary>
public sealed class OfficerRosterGrain(
    [PersistentState(OfficerRosterGrain.StateName, StorageNames.Citizens)] IPersistentState<OfficerRosterState> state)
    : Grain, IOfficerRosterGrain
{
    public const string StateName = "officer-roster";

    public async Task Add(OfficerListing listing)
    {
        state.State.Officers[listing.UserName] = listing;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<OfficerListing>> List() => Task.FromResult<IReadOnlyList<OfficerListing>>(
        [.. state.State.Officers.Values.OrderBy(o => o.DepartmentId, StringComparer.Ordinal).ThenBy(o => o.UserName, StringComparer.Ordinal)]);
}

[GenerateSerializer]
public sealed class OfficerRosterState
{
    [Id(0)] public Dictionary<string, OfficerListing> Officers { get; set; } = new(StringComparer.Ordinal);
}
