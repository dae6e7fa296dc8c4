using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;

namespace ManaMitra.Grains.Grievances;

[GenerateSerializer]
public sealed class GrievanceState
{
    [Id(0)] public GrievanceSubmission? Submission { get; set; }

    [Id(1)] public GrievanceStatus Status { get; set; }

    [Id(2)] public int Level { get; set; }

    [Id(3)] public DateTimeOffset DueBy { get; set; }

    [Id(4)] public List<GrievanceStep> History { get; set; } = [];

    /// <summary>The level whose three-quarter warning was given, so it is given once; -1 before any.</summary>
    [Id(5)] public int WarnedLevel { get; set; } = -1;

    /// <summary>
    /// The notice the citizen is owed, written with the change that owes it and cleared once sent: a crash in between
    /// repeats it on the next tick rather than losing it.
    /// </summary>
    [Id(6)] public ServiceOutcome? NoticeOwed { get; set; }

    [Id(7)] public int? Rating { get; set; }

    /// <summary>The official's question waiting for the citizen's answer; cleared by the answer or the resolution.</summary>
    [Id(8)] public string? Question { get; set; }

    /// <summary>The official of the current office who answers for it; cleared when it moves to another office.</summary>
    [Id(9)] public string? Assignee { get; set; }
}
