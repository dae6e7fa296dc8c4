using ManaMitra.Interfaces.Officers;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Officers;

/// <summary>The console's data-protection key ring, persisted. Keys are added every 90 days, never removed: an expired key still reads old cookies until they lapse.</summary>
public sealed class ConsoleKeyRingGrain(
    [PersistentState(ConsoleKeyRingGrain.StateName, StorageNames.Citizens)] IPersistentState<ConsoleKeyRingState> state)
    : Grain, IConsoleKeyRingGrain
{
    public const string StateName = "console-key-ring";

    public Task<IReadOnlyList<string>> Keys() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Keys.Values]);

    public async Task Store(string friendlyName, string element)
    {
        if (state.State.Keys.TryAdd(friendlyName, element))
        {
            await state.WriteStateAsync();
        }
    }
}

[GenerateSerializer]
public sealed class ConsoleKeyRingState
{
    [Id(0)] public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);
}
