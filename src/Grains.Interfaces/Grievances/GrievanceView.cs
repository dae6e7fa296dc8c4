using ManaMitra.Languages;

namespace ManaMitra.Interfaces.Grievances;

/// <summary>What the citizen reported, where, and which offices answer for it.</summary>
[GenerateSerializer, Immutable]
public sealed record GrievanceSubmission
{
    [Id(0)] public required string Reference { get; init; }

    [Id(1)] public required string CitizenId { get; init; }

    [Id(2)] public required string DepartmentId { get; init; }

    [Id(3)] public required string ServiceId { get; init; }

    /// <summary>The service's name, for the citizen's notices.</summary>
    [Id(4)] public required LocalizedText ServiceName { get; init; }

    /// <summary>What the citizen chose and wrote, as labelled lines ("Issue: Street light not working").</summary>
    [Id(5)] public required IReadOnlyList<GrievanceLine> Details { get; init; }

    /// <summary>
    /// The office that answers first, then each one escalation reaches, up to the department at the state: never empty.
    /// </summary>
    [Id(6)] public required IReadOnlyList<GrievanceOffice> Chain { get; init; }

    [Id(7)] public required DateTimeOffset LodgedAt { get; init; }

    /// <summary>The days each office has, in SLA days (their length is configuration: drills compress them).</summary>
    [Id(8)] public required int SlaDays { get; init; }

    /// <summary>The files the citizen sent, each kept by its <see cref="IEvidenceGrain"/>, in the order the form asked.</summary>
    [Id(9)] public IReadOnlyList<GrievanceEvidence> Evidence { get; init; } = [];
}

/// <param name="MediaId">The key of the <see cref="IEvidenceGrain"/> that keeps the file; never shown outside.</param>
/// <param name="Caption">What the citizen wrote with it.</param>
[GenerateSerializer, Immutable]
public sealed record GrievanceEvidence(
    [property: Id(0)] string MediaId,
    [property: Id(1)] string MediaType,
    [property: Id(2)] long Bytes,
    [property: Id(3)] string? Caption);

[GenerateSerializer, Immutable]
public sealed record GrievanceLine([property: Id(0)] LocalizedText Label, [property: Id(1)] string Value);

/// <param name="Id">Stable office id, e.g. <c>ntr/vijayawada-urban/ward-012</c>, or a department at the state.</param>
[GenerateSerializer, Immutable]
public sealed record GrievanceOffice([property: Id(0)] string Id, [property: Id(1)] LocalizedText Name);

public enum GrievanceStatus
{
    Open,
    Resolved,
}

/// <summary>The kinds of step in a grievance's history. Stored: new kinds are appended, never reordered.</summary>
public enum GrievanceStepKind
{
    Lodged,

    /// <summary>Three quarters of the office's time gone.</summary>
    Warned,

    /// <summary>The office's time ran out: the next office up the chain answers now.</summary>
    Escalated,

    Comment,
    Resolved,

    /// <summary>The citizen rated the resolution; the note is the stars, 1 to 5.</summary>
    Rated,

    /// <summary>The citizen said it was not resolved: open again, one office up.</summary>
    Reopened,

    /// <summary>An official sent it to another office; the step's office is where it went, its note says from where and why.</summary>
    Transferred,

    /// <summary>An official asked the citizen something; the note is the question.</summary>
    Asked,

    /// <summary>The citizen's answer to the question; the note is the answer.</summary>
    Answered,

    /// <summary>Given to one official of the office; the note is who.</summary>
    Assigned,
}

[GenerateSerializer, Immutable]
public sealed record GrievanceStep(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] GrievanceStepKind Kind,
    [property: Id(2)] string OfficeId,
    [property: Id(3)] string By,
    [property: Id(4)] string Note);

/// <summary>A grievance as it stands.</summary>
[GenerateSerializer, Immutable]
public sealed record GrievanceView
{
    [Id(0)] public required GrievanceSubmission Submission { get; init; }

    [Id(1)] public required GrievanceStatus Status { get; init; }

    /// <summary>How far up <see cref="GrievanceSubmission.Chain"/> it has gone: 0 at the first office.</summary>
    [Id(2)] public required int Level { get; init; }

    /// <summary>When the office answering now must have answered.</summary>
    [Id(3)] public required DateTimeOffset DueBy { get; init; }

    [Id(4)] public required IReadOnlyList<GrievanceStep> History { get; init; }

    /// <summary>The citizen's rating of the last resolution, 1 to 5.</summary>
    [Id(5)] public int? Rating { get; init; }

    /// <summary>The official's question still waiting for the citizen's answer, if any.</summary>
    [Id(6)] public string? Question { get; init; }

    /// <summary>The official of the office holding it who answers for it, once assigned.</summary>
    [Id(7)] public string? Assignee { get; init; }

    public GrievanceOffice Office => Submission.Chain[Level];

    /// <inheritdoc cref="GrievanceSummary.IsFor"/>
    public bool IsFor(string? office) => office is null || Submission.Chain.Skip(Level).Any(o => o.Id == office);

    public bool IsOverdue(DateTimeOffset now) => Status == GrievanceStatus.Open && now >= DueBy;
}
