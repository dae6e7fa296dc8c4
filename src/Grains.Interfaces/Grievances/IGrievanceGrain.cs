using ManaMitra.Interfaces.Retention;

namespace ManaMitra.Interfaces.Grievances;

/// <summary>
/// One grievance, keyed by its reference (<c>GRV-2026-000001</c>): what the citizen reported, the office that owes an
/// answer, its SLA clock and every step taken. Persisted; an Orleans reminder runs the clock: a warning at
/// three quarters of the time, escalation one office up the chain when it runs out (docs/GRIEVANCES.md).
/// </summary>
public interface IGrievanceGrain : IRetainedRecord
{
    /// <summary>Records the grievance and starts its clock; lodging the same grievance again returns it as it stands.</summary>
    Task<GrievanceView> Lodge(GrievanceSubmission submission);

    /// <returns>Null when no grievance has this reference.</returns>
    Task<GrievanceView?> View();

    /// <summary>
    /// The citizen <paramref name="citizenId"/> asked to erase their data: what they chose and wrote, their files and
    /// their answers to officials go; the reference, offices, dates and officials' actions stay on record. False when
    /// the grievance is not theirs (nothing changes). Harmless to repeat.
    /// </summary>
    Task<bool> Erase(string citizenId);

    /// <summary>An official's step on an open grievance: a comment, a transfer to another office, or the resolution with its note.</summary>
    Task<GrievanceActResult> Act(GrievanceAction action);

    /// <summary>The citizen's rating of a resolution, 1 to 5; the last one stands.</summary>
    Task<GrievanceActResult> Rate(string citizenId, int stars);

    /// <summary>
    /// The citizen says a resolution did not resolve it: within <c>ReopenDays</c> SLA days of it, the grievance opens
    /// again one office up the chain with a new window.
    /// </summary>
    Task<GrievanceActResult> Reopen(string citizenId);

    /// <summary>The citizen's answer to the question an official asked (<see cref="GrievanceActionKind.Ask"/>), recorded for the office.</summary>
    Task<GrievanceActResult> Answer(string citizenId, string text);
}

/// <summary>What an official does to a grievance.</summary>
public enum GrievanceActionKind
{
    Comment,
    Resolve,

    /// <summary>
    /// To another office of the jurisdictions file (the complaint was routed to the wrong ward): that office answers
    /// now with a full window and escalates through its own chain; the department stays.
    /// </summary>
    Transfer,

    /// <summary>
    /// A question for the citizen (the note), sent to their chat with an Answer button; their answer comes back as a
    /// step of the history. The SLA clock keeps running: asking does not buy the office time.
    /// </summary>
    Ask,

    /// <summary>
    /// To one official of the office holding it (the console's officers), who then answers for it; escalation, a
    /// transfer or a reopen hands it to the next office unassigned.
    /// </summary>
    Assign,
}

/// <param name="By">Who acted, as the history shows it ("revenue department system", an officer's name).</param>
/// <param name="DepartmentId">The department the official acts for: another department's grievance is not theirs.</param>
/// <param name="OfficeId">For a transfer, the office it goes to (a jurisdictions id).</param>
/// <param name="Assignee">For an assignment, the official it goes to, as the history names them.</param>
[GenerateSerializer, Immutable]
public sealed record GrievanceAction(
    [property: Id(0)] GrievanceActionKind Kind,
    [property: Id(1)] string Note,
    [property: Id(2)] string By,
    [property: Id(3)] string DepartmentId,
    [property: Id(4)] string? OfficeId = null,
    [property: Id(5)] string? Assignee = null);

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

    /// <summary>A transfer to an office the jurisdictions file does not have (or to the state itself).</summary>
    UnknownOffice,

    /// <summary>A transfer to the office that holds it already.</summary>
    SameOffice,

    /// <summary>An answer when no question waits for one.</summary>
    NotAsked,
}
