using ManaMitra.Interfaces.Chat;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Citizens;

/// <inheritdoc cref="ICitizenRecordsGrain"/>
public sealed class CitizenRecordsGrain(
    [PersistentState(CitizenRecordsGrain.StateName, StorageNames.Citizens)] IPersistentState<CitizenRecordsState> state)
    : Grain, ICitizenRecordsGrain
{
    // One state name per grain class (Orleans issue 8746).
    public const string StateName = "citizen-records";

    public async Task Filed(string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (!state.State.References.Contains(reference))
        {
            state.State.References.Add(reference);
            await state.WriteOrDeactivate(this);
        }
    }

    public Task<IReadOnlyList<string>> All() => Task.FromResult<IReadOnlyList<string>>([.. state.State.References]);

    public async Task Expired(string reference)
    {
        if (state.State.References.Remove(reference))
        {
            await (state.State.References.Count == 0 ? state.ClearStateAsync() : state.WriteOrDeactivate(this));
        }
    }

    public async Task Forget()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }
    }
}
