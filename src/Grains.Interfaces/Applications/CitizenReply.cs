namespace ManaMitra.Interfaces.Applications;

/// <summary>
/// What a citizen sends back on their application — a correction the official asked for, an appeal's reason — or on
/// their grievance, the answer to an official's question.
/// </summary>
/// <param name="CitizenId">Who sends it: only the citizen who applied may.</param>
[GenerateSerializer, Immutable]
public sealed record CitizenReply([property: Id(0)] string CitizenId, [property: Id(1)] string Text)
{
    /// <summary>As long as an official's note may be: both are read by the other side in one message.</summary>
    public const int MaxLength = OfficerDecision.MaxNoteLength;
}

public enum CitizenReplyKind
{
    /// <summary>What the official flagged when returning the application, corrected.</summary>
    Correction,

    /// <summary>Why the citizen disputes a rejection; once per application.</summary>
    Appeal,

    /// <summary>The answer to an official's question on the citizen's grievance (the reference is the grievance's).</summary>
    GrievanceAnswer,
}

public enum CitizenReplyResult
{
    Done,

    /// <summary>No application has this reference, or it is another citizen's: the same answer, so neither is told apart.</summary>
    NotFound,

    /// <summary>The application does not wait for this reply (not returned for a correction, not rejected for an appeal).</summary>
    NotAwaited,

    /// <summary>The application was appealed already; an appeal is allowed once.</summary>
    NotAppealable,

    /// <summary>The text is empty or longer than <see cref="CitizenReply.MaxLength"/>.</summary>
    BadLength,
}
