using Orleans.Runtime;
using Orleans.Storage;

namespace ManaMitra.Persistence;

/// <summary>
/// One storage name, two providers: the states named in <paramref name="routed"/> go to <paramref name="chosen"/>,
/// every other state to <paramref name="others"/>. Lets the conversations move to group commit while certificates,
/// payments, slots and reference series keep the rows they already have, with no grain class changing its storage name.
/// </summary>
public sealed class StateRoutingGrainStorage(IReadOnlySet<string> routed, IGrainStorage chosen, IGrainStorage others) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        For(stateName).ReadStateAsync(stateName, grainId, grainState);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        For(stateName).ReadStateAsync(stateName, grainId, grainState, cancellationToken);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        For(stateName).WriteStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        For(stateName).WriteStateAsync(stateName, grainId, grainState, cancellationToken);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        For(stateName).ClearStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        For(stateName).ClearStateAsync(stateName, grainId, grainState, cancellationToken);

    private IGrainStorage For(string stateName) => routed.Contains(stateName) ? chosen : others;
}
