using ManaMitra.Interfaces.Departments;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Departments;

/// <inheritdoc cref="IReferenceSeriesGrain"/>
public sealed class ReferenceSeriesGrain(
    [PersistentState(ReferenceSeriesGrain.StateName, StorageNames.Citizens)] IPersistentState<ReferenceSeriesState> state)
    : Grain, IReferenceSeriesGrain
{
    public const string StateName = "reference-series";

    // Retries come within seconds of the first attempt; a few hundred recent ids cover them at any realistic rate.
    public const int RecentKept = 512;

    private Dictionary<string, long>? _recent;

    public async Task<long> Next(string requestId)
    {
        var series = state.State;
        _recent ??= series.Recent.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (_recent.TryGetValue(requestId, out var earlier))
        {
            return earlier;
        }

        var number = series.Last + 1;
        series.Last = number;
        series.Recent.Add(new(requestId, number));
        _recent[requestId] = number;
        if (series.Recent.Count > RecentKept)
        {
            _recent.Remove(series.Recent[0].Key);
            series.Recent.RemoveAt(0);
        }

        // A number handed out but never saved would be handed out again to someone else after a restart.
        await state.WriteOrDeactivate(this);

        return number;
    }
}
