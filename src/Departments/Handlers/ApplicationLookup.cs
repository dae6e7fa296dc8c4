using ManaMitra.Interfaces.Applications;

namespace ManaMitra.Departments.Handlers;

/// <summary>Finds a citizen's own application by a reference as they typed it.</summary>
public sealed class ApplicationLookup(IGrainFactory grains)
{
    /// <returns>Null when no application has that reference, or it is another citizen's.</returns>
    public async Task<ApplicationView?> Find(string typed, string citizenId)
    {
        foreach (var reference in ApplicationReference.Candidates(typed))
        {
            if (await grains.GetGrain<IApplicationGrain>(reference).View() is { } view)
            {
                return view.Submission.CitizenId == citizenId ? view : null;
            }
        }

        return null;
    }
}
