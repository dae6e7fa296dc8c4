using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Persistence;

namespace ManaMitra.Grains.Applications;

/// <summary>
/// A department's queue. Pending applications stay until decided; decided ones are kept up to
/// <see cref="DecidedKept"/>, the most recent, since each application grain remains the full record.
/// </summary>
public sealed class DepartmentApplicationsGrain(
    [PersistentState(DepartmentApplicationsGrain.StateName, StorageNames.Citizens)] IPersistentState<DepartmentApplicationsState> state)
    : Grain, IDepartmentApplicationsGrain
{
    public const string StateName = "department-applications";

    // Enough for a day's decisions of a large department; older ones are found by reference.
    public const int DecidedKept = 5_000;

    public async Task Track(ApplicationSummary summary)
    {
        var lines = state.State.Lines;
        if (lines.TryGetValue(summary.Reference, out var known) && known == summary)
        {
            return;
        }

        if (known is null)
        {
            state.State.Received++;
        }

        lines[summary.Reference] = summary;
        var decided = lines.Values.Where(l => !l.IsPending).ToList();
        foreach (var old in decided.OrderByDescending(l => l.SubmittedAt).Skip(DecidedKept))
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

    public Task<IReadOnlyList<ApplicationSummary>> List(ApplicationFilter filter)
    {
        var lines = state.State.Lines.Values;
        var pending = lines.Where(l => l.IsPending).OrderBy(l => l.DueBy).ThenBy(l => l.Reference, StringComparer.Ordinal);
        var decided = lines.Where(l => !l.IsPending).OrderByDescending(l => l.SubmittedAt);
        IReadOnlyList<ApplicationSummary> list = filter switch
        {
            ApplicationFilter.Pending => [.. pending],
            ApplicationFilter.Decided => [.. decided],
            _ => [.. pending, .. decided],
        };
        return Task.FromResult(list);
    }

    public Task<DepartmentFigures> Figures(DateTimeOffset now)
    {
        var today = Dates.Today(now);
        var lines = state.State.Lines.Values;
        var decided = lines.Where(l => l.DecidedAt is not null).ToList();
        bool DecidedToday(ApplicationSummary line, ApplicationStage stage) => line.Stage == stage && Dates.Today(line.DecidedAt!.Value) == today;
        return Task.FromResult(new DepartmentFigures
        {
            At = now,
            Received = state.State.Received,
            ReceivedToday = lines.Count(l => Dates.Today(l.SubmittedAt) == today),
            Pending = lines.Count(l => l.IsPending),
            Overdue = lines.Count(l => l.IsOverdue(now)),
            MedianTimeToDecide = Median([.. decided.Select(l => l.DecidedAt!.Value - l.SubmittedAt)]),
            ApprovedToday = decided.Count(l => DecidedToday(l, ApplicationStage.Approved)),
            RejectedToday = decided.Count(l => DecidedToday(l, ApplicationStage.Rejected)),
        });
    }

    private static TimeSpan? Median(List<TimeSpan> durations)
    {
        if (durations.Count == 0)
        {
            return null;
        }

        durations.Sort();
        var middle = durations.Count / 2;
        return durations.Count % 2 == 1 ? durations[middle] : (durations[middle - 1] + durations[middle]) / 2;
    }
}
