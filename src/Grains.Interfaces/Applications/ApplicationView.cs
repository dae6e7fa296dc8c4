using ManaMitra.Interfaces.Departments;

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

    public string Reference => Submission.Reference;

    /// <summary>Still with the department (fee due or under review), as opposed to decided.</summary>
    public bool IsPending => Stage is ApplicationStage.FeeDue or ApplicationStage.UnderReview;

    public ApplicationSummary Summary() => new(
        Reference, Submission.DepartmentId, Submission.ServiceId, Stage, Submission.SubmittedAt, Submission.DueBy);
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
    [property: Id(5)] DateTimeOffset DueBy);
