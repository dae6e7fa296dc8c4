using ManaMitra.Interfaces.Chat;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Citizens;

/// <inheritdoc cref="ICitizenAliasGrain"/>
public sealed class CitizenAliasGrain(
    [PersistentState(CitizenAliasGrain.StateName, StorageNames.Citizens)] IPersistentState<CitizenAliasState> state)
    : Grain, ICitizenAliasGrain
{
    public const string StateName = "citizen-alias";

    public async Task<string> Resolve(string? phoneKey)
    {
        if (state.State.ConversationKey is { } known)
        {
            return known;
        }

        state.State.ConversationKey = string.IsNullOrWhiteSpace(phoneKey) ? this.GetPrimaryKeyString() : phoneKey;
        await state.WriteOrDeactivate(this);

        return state.State.ConversationKey;
    }
}
