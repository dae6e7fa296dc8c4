using ManaMitra.Grains.Citizens;
using ManaMitra.Persistence;

namespace ManaMitra.Tests.Persistence;

public interface IConversationProbeGrain : IGrainWithStringKey
{
    Task Save(string value);
    Task<string?> Load();
}

/// <summary>Stores under the conversation's state name on the citizens provider, as CitizenChatGrain does.</summary>
public sealed class ConversationProbeGrain(
    [PersistentState(CitizenChatGrain.StateName, StorageNames.Citizens)] IPersistentState<ProbeState> state)
    : Grain, IConversationProbeGrain
{
    public async Task Save(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
        DeactivateOnIdle();
    }

    public Task<string?> Load() => Task.FromResult(state.State.Value);
}
