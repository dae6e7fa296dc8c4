using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Interfaces.Applications;

/// <summary>An application as its citizen and its officials see it: where it stands and how it got there.</summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationView
{
    [Id(0)] public required ApplicationSubmission Submission { get; init; }

    [Id(1)] public required ApplicationStage Stage { get; init; }

    /// <summary>Every change of stage, oldest first.</summary>
    [Id(2)] public required IReadOnlyList<ApplicationEvent> History { get; init; }

    /// <summary>The document issued on approval.</summary>
    [Id(3)] public string? DocumentId { get; init; }

    /// <summary>By when the senior official promises a decision on the citizen's appeal; null until appealed.</summary>
    [Id(4)] public DateTimeOffset? AppealDueBy { get; init; }

    public string Reference => Submission.Reference;

    /// <summary>By when a decision is due now: the appeal's own date once appealed, else the submission's.</summary>
    public DateTimeOffset DueBy => AppealDueBy ?? Submission.DueBy;

    /// <summary>Still with the department (fee due, under review or under appeal), as opposed to decided.</summary>
    public bool IsPending => Stage.IsPending();

    /// <summary>The citizen has appealed: an application is appealed once, so its next rejection is final.</summary>
    public bool Appealed => History.Any(e => e.Stage == ApplicationStage.UnderAppeal);

    /// <summary>
    /// Whether the citizen may send this kind of reply now: a correction while returned to them, an appeal after a
    /// rejection when none was made yet. The grain records a reply by this rule and the chat asks for one by it.
    /// </summary>
    public CitizenReplyResult Awaits(CitizenReplyKind kind) => kind switch
    {
        CitizenReplyKind.Correction => Stage == ApplicationStage.Returned ? CitizenReplyResult.Done : CitizenReplyResult.NotAwaited,
        _ when Appealed => CitizenReplyResult.NotAppealable,
        _ => Stage == ApplicationStage.Rejected ? CitizenReplyResult.Done : CitizenReplyResult.NotAwaited,
    };

    public ApplicationSummary Summary() => new(
        Reference, Submission.DepartmentId, Submission.ServiceId, Stage, Submission.SubmittedAt, DueBy)
    {
        Appealed = Appealed,
        DecidedAt = IsPending ? null : History.LastOrDefault(e => e.Stage is ApplicationStage.Approved or ApplicationStage.Rejected or ApplicationStage.Returned)?.At,
    };
}

public enum ApplicationStage
{
    /// <summary>Submitted; the fee must be paid before an official reviews it.</summary>
    FeeDue,

    /// <summary>With an official, to be decided by its due date.</summary>
    UnderReview,

    /// <summary>Sent back to the citizen to correct what the official noted.</summary>
    Returned,

    /// <summary>Approved; the document is issued.</summary>
    Approved,

    /// <summary>Rejected, with the official's reason.</summary>
    Rejected,

    /// <summary>Rejected, then appealed by the citizen: with a senior official, not the one who rejected it. Last, so stored values keep their meaning.</summary>
    UnderAppeal,
}

public static class ApplicationStages
{
    /// <summary>Waiting on the department (an official or the fee), as opposed to decided or returned to the citizen.</summary>
    public static bool IsPending(this ApplicationStage stage) =>
        stage is ApplicationStage.FeeDue or ApplicationStage.UnderReview or ApplicationStage.UnderAppeal;

    /// <summary>The stage's name as citizens and officials read it.</summary>
    public static LocalizedText Name(this ApplicationStage stage, DepartmentText text) => stage switch
    {
        ApplicationStage.FeeDue => text.StageFeeDue,
        ApplicationStage.UnderReview => text.StageUnderReview,
        ApplicationStage.Returned => text.StageReturned,
        ApplicationStage.Approved => text.StageApproved,
        ApplicationStage.UnderAppeal => text.StageUnderAppeal,
        _ => text.StageRejected,
    };
}

/// <summary>One change of stage: when, to what, by whom (an officer, a department system, the citizen) and why.</summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] ApplicationStage Stage,
    [property: Id(2)] string By,
    [property: Id(3)] string Note);

/// <summary>An application's line in a department's queue.</summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationSummary(
    [property: Id(0)] string Reference,
    [property: Id(1)] string DepartmentId,
    [property: Id(2)] string ServiceId,
    [property: Id(3)] ApplicationStage Stage,
    [property: Id(4)] DateTimeOffset SubmittedAt,
    [property: Id(5)] DateTimeOffset DueBy)
{
    /// <summary>When an official last decided it (approved, rejected or returned it); null while it waits.</summary>
    [Id(6)] public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The citizen appealed: pending, it waits on a senior official; decided, the decision is final.</summary>
    [Id(7)] public bool Appealed { get; init; }

    /// <summary>Still waiting for the department: its fee, or an official.</summary>
    public bool IsPending => Stage.IsPending();

    /// <summary>Waiting past the date the department promised.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsPending && DueBy < now;
}
