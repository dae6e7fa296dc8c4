using ManaMitra.Interfaces.Grievances;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Grievances;

/// <inheritdoc cref="IGrievanceQueueGrain"/>
/// <remarks>Open grievances stay until resolved; resolved ones are kept up to <see cref="ResolvedKept"/>, the most recent.</remarks>
public sealed class GrievanceQueueGrain(
    [PersistentState(GrievanceQueueGrain.StateName, StorageNames.Citizens)] IPersistentState<GrievanceQueueState> state)
    : Grain, IGrievanceQueueGrain
{
    public const string StateName = "grievance-queue";

    // Each grievance grain remains the full record; the queue only lists.
    public const int ResolvedKept = 5_000;

    public async Task Track(GrievanceSummary summary)
    {
        var lines = state.State.Lines;
        // The chain above is a list, which a record compares by reference: compared by its ids here.
        if (lines.TryGetValue(summary.Reference, out var known) && known with { Above = summary.Above } == summary
            && (known.Above ?? []).SequenceEqual(summary.Above ?? [], StringComparer.Ordinal))
        {
            return;
        }

        lines[summary.Reference] = summary;
        foreach (var old in lines.Values.Where(l => l.Status == GrievanceStatus.Resolved).OrderByDescending(l => l.LodgedAt).Skip(ResolvedKept).ToList())
        {
            lines.Remove(old.Reference);
        }

        await state.WriteStateAsync();
    }

    public async Task Expired(string reference)
    {
        if (state.State.Lines.Remove(reference))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<GrievanceSummary>> List(GrievanceFilter filter, DateTimeOffset now)
    {
        var lines = state.State.Lines.Values;
        var open = lines.Where(l => l.Status == GrievanceStatus.Open).OrderBy(l => l.DueBy).ThenBy(l => l.Reference, StringComparer.Ordinal);
        IReadOnlyList<GrievanceSummary> list = filter switch
        {
            GrievanceFilter.Open => [.. open],
            GrievanceFilter.Overdue => [.. open.Where(l => now >= l.DueBy)],
            GrievanceFilter.Escalated => [.. open.Where(l => l.Level > 0)],
            _ => [.. open, .. lines.Where(l => l.Status != GrievanceStatus.Open).OrderByDescending(l => l.LodgedAt)],
        };
        return Task.FromResult(list);
    }

    public Task<GrievanceFigures> Figures(DateTimeOffset now)
    {
        var lines = state.State.Lines.Values;
        var open = lines.Where(l => l.Status == GrievanceStatus.Open).ToList();
        var resolved = lines.Where(l => l is { Status: GrievanceStatus.Resolved, ResolvedAt: not null }).Select(l => l.ResolvedAt!.Value - l.LodgedAt).Order().ToList();
        var ratings = lines.Where(l => l.Rating is not null).Select(l => l.Rating!.Value).ToList();
        return Task.FromResult(new GrievanceFigures
        {
            Open = open.Count,
            Overdue = open.Count(l => now >= l.DueBy),
            Escalated = open.Count(l => l.Level > 0),
            Resolved = lines.Count(l => l.Status == GrievanceStatus.Resolved),
            MedianTimeToResolve = resolved.Count == 0 ? null : resolved[resolved.Count / 2],
            AverageRating = ratings.Count == 0 ? null : ratings.Average(),
            Rated = ratings.Count,
            Districts =
            [
                .. open.GroupBy(l => l.District)
                    .Select(g => new DistrictGrievances(g.Key, g.Count(), g.Count(l => now >= l.DueBy), g.Count(l => l.Level > 0)))
                    .OrderByDescending(d => d.Open).ThenBy(d => d.DistrictId, StringComparer.Ordinal),
            ],
        });
    }
}
