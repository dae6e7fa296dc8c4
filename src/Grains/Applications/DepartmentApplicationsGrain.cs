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

        lines[summary.Reference] = summary;
        var decided = lines.Values.Where(l => !l.Stage.IsPending()).ToList();
        foreach (var old in decided.OrderByDescending(l => l.SubmittedAt).Skip(DecidedKept))
        {
            lines.Remove(old.Reference);
        }

        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ApplicationSummary>> List(ApplicationFilter filter)
    {
        var lines = state.State.Lines.Values;
        var pending = lines.Where(l => l.Stage.IsPending()).OrderBy(l => l.DueBy).ThenBy(l => l.Reference, StringComparer.Ordinal);
        var decided = lines.Where(l => !l.Stage.IsPending()).OrderByDescending(l => l.SubmittedAt);
        IReadOnlyList<ApplicationSummary> list = filter switch
        {
            ApplicationFilter.Pending => [.. pending],
            ApplicationFilter.Decided => [.. decided],
            _ => [.. pending, .. decided],
        };
        return Task.FromResult(list);
    }
}
