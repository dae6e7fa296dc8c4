namespace ManaMitra.Interfaces.Grievances;

/// <summary>
/// One grievance, keyed by its reference (<c>GRV-2026-000001</c>): what the citizen reported, the office that owes an
/// answer, its SLA clock and every step taken. Persisted; an Orleans reminder runs the clock: a warning at
/// three quarters of the time, escalation one office up the chain when it runs out (docs/GRIEVANCES.md).
/// </summary>
public interface IGrievanceGrain : IGrainWithStringKey
{
    /// <summary>Records the grievance and starts its clock; lodging the same grievance again returns it as it stands.</summary>
    Task<GrievanceView> Lodge(GrievanceSubmission submission);

    /// <returns>Null when no grievance has this reference.</returns>
    Task<GrievanceView?> View();

    /// <summary>An official's step on an open grievance: a comment, or the resolution with its note.</summary>
    Task<GrievanceActResult> Act(GrievanceAction action);

    /// <summary>The citizen's rating of a resolution, 1 to 5; the last one stands.</summary>
    Task<GrievanceActResult> Rate(string citizenId, int stars);

    /// <summary>
    /// The citizen says a resolution did not resolve it: within <c>ReopenDays</c> SLA days of it, the grievance opens
    /// again one office up the chain with a new window.
    /// </summary>
    Task<GrievanceActResult> Reopen(string citizenId);
}

/// <summary>What an official does to a grievance.</summary>
public enum GrievanceActionKind
{
    Comment,
    Resolve,
}

/// <param name="By">Who acted, as the history shows it ("revenue department system", an officer's name).</param>
/// <param name="DepartmentId">The department the official acts for: another department's grievance is not theirs.</param>
[GenerateSerializer, Immutable]
public sealed record GrievanceAction(
    [property: Id(0)] GrievanceActionKind Kind,
    [property: Id(1)] string Note,
    [property: Id(2)] string By,
    [property: Id(3)] string DepartmentId);

public enum GrievanceActResult
{
    Done,
    NotFound,

    /// <summary>Another department's grievance.</summary>
    NotYours,

    /// <summary>Resolved already: nothing more to do until the citizen reopens it.</summary>
    Closed,

    /// <summary>Not resolved yet: nothing to rate or reopen.</summary>
    StillOpen,

    /// <summary>Resolved too long ago to reopen.</summary>
    TooLate,
}
