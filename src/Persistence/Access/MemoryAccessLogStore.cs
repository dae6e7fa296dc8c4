using ManaMitra.Interfaces.Access;

namespace ManaMitra.Persistence.Access;

/// <summary>The access log of the embedded single process, in memory like the rest of its state: gone when it stops.</summary>
public sealed class MemoryAccessLogStore : IAccessLogStore
{
    private readonly Lock _gate = new();
    private readonly List<AccessRecord> _records = [];

    public Task AppendAsync(IReadOnlyList<AccessRecord> records, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _records.AddRange(records);
        }

        return Task.CompletedTask;
    }

    public IAsyncEnumerable<AccessTouch> TouchedAsync(AccessQuery query, int? limit = null, CancellationToken cancellationToken = default)
    {
        AccessRecord[] matching;
        lock (_gate)
        {
            matching = [.. _records.Where(r => r.Actor == query.Actor && r.At >= query.From && r.At < query.To)];
        }

        // The same groups and order as PostgresAccessLogStore's query.
        var touches = matching
            .GroupBy(r => (r.CitizenKey, r.Reference, Kind: r.Kind.Name(), r.KeyFingerprint))
            .Select(g => new AccessTouch(
                g.Key.CitizenKey, g.Key.Reference, g.Key.Kind, g.Key.KeyFingerprint, g.LongCount(), g.Min(r => r.At), g.Max(r => r.At),
                [.. g.Select(r => r.Client).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .OrderBy(t => t.CitizenKey is null)
            .ThenBy(t => t.CitizenKey, StringComparer.Ordinal)
            .ThenBy(t => t.Reference, StringComparer.Ordinal)
            .ThenBy(t => t.Kind, StringComparer.Ordinal)
            .ThenBy(t => t.KeyFingerprint, StringComparer.Ordinal);
        return (limit is { } most ? touches.Take(most) : touches).ToAsyncEnumerable();
    }

    public Task<long> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult((long)_records.RemoveAll(r => r.At < before));
        }
    }
}
