using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Retention;

namespace ManaMitra.Interfaces.Applications;

/// <summary>
/// One application for a service an official decides, keyed by its reference ("REV-INC-2026-000001"). It holds the
/// application's answers, stage and history; a document exists only once an official approved it.
/// </summary>
public interface IApplicationGrain : IRetainedRecord
{
    /// <summary>Records the application; a repeated submission (same reference) returns the one already recorded.</summary>
    Task<ApplicationView> Submit(ApplicationSubmission submission);

    /// <summary>
    /// The citizen <paramref name="citizenId"/> asked to erase their data: their name, answers and what they wrote in
    /// corrections and appeals go, and the certificate issued on it keeps only its registry minimum
    /// (<see cref="Documents.ICertificateGrain.Erase"/>); the reference, stages, dates and officials' decisions stay
    /// on record. False when the application is not theirs (nothing changes). Harmless to repeat.
    /// </summary>
    Task<bool> Erase(string citizenId);

    /// <returns>Null when no application has this reference.</returns>
    Task<ApplicationView?> View();

    /// <summary>
    /// The fee was captured (<paramref name="paymentReference"/>): an application waiting for it goes to review,
    /// recorded as done <paramref name="by"/> the gateway. Any other stage is left as it is, so a repeat changes nothing.
    /// </summary>
    Task FeePaid(string by, string paymentReference);

    /// <summary>
    /// An official's decision; refused unless the application is waiting for one. An appeal is approved or rejected,
    /// never returned, and not by the official whose rejection it disputes.
    /// </summary>
    Task<DecisionResult> Decide(OfficerDecision decision);

    /// <summary>The applicant's correction of a returned application: it goes back to review with its original due date.</summary>
    Task<CitizenReplyResult> Correct(CitizenReply reply);

    /// <summary>The applicant's appeal of a rejection, once: to a senior official, due within the service's SLA from now.</summary>
    Task<CitizenReplyResult> Appeal(CitizenReply reply);
}

/// <summary>What a citizen's submitted form becomes: the answers as an official reads them, never an Aadhaar in clear.</summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationSubmission
{
    [Id(0)] public required string Reference { get; init; }

    [Id(1)] public required string DepartmentId { get; init; }

    [Id(2)] public required string ServiceId { get; init; }

    [Id(3)] public required string CitizenId { get; init; }

    /// <summary>The language the citizen reads, for the messages a decision sends them.</summary>
    [Id(4)] public required string LanguageCode { get; init; }

    /// <summary>Who the document will name once approved; the official checks it against the answers.</summary>
    [Id(5)] public required string ApplicantName { get; init; }

    /// <summary>The answers, labelled and masked, in the order asked.</summary>
    [Id(6)] public required IReadOnlyList<OutcomeField> Answers { get; init; }

    /// <summary>The fee in rupees; above zero the application waits for it before review.</summary>
    [Id(7)] public required decimal Fee { get; init; }

    [Id(8)] public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>By when the department promises a decision (the service's SLA from the catalog).</summary>
    [Id(9)] public required DateTimeOffset DueBy { get; init; }
}

/// <summary>An official's decision. A rejection or a return must say why: the citizen reads it.</summary>
[GenerateSerializer, Immutable]
public sealed record OfficerDecision(
    [property: Id(0)] Verdict Verdict,
    [property: Id(1)] string Note,
    [property: Id(2)] string DecidedBy)
{
    /// <summary>The citizen reads the note in a chat message or a template parameter; the API and the console hold it to this.</summary>
    public const int MaxNoteLength = 500;
}

public enum DecisionResult
{
    Done,

    /// <summary>No application has this reference.</summary>
    NotFound,

    /// <summary>
    /// The application is not waiting for this decision: decided already, its fee still due, returned to the citizen,
    /// or an appeal that was to be returned.
    /// </summary>
    NotPending,

    /// <summary>A rejection or return without a note.</summary>
    NoteRequired,

    /// <summary>An appeal decided by the official who made the rejection it disputes; it goes to the next level up.</summary>
    SameOfficial,
}
