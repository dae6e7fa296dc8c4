namespace ManaMitra.Interfaces.Chat;

/// <summary>What the citizen's grain did with a message. Every outcome means "safe to answer Meta 200".</summary>
public enum ReceiveOutcome
{
    /// <summary>Handled; replies (if any) are durably queued in the outbox.</summary>
    Accepted,

    /// <summary>Seen before (same <c>wamid</c>): nothing was done again.</summary>
    Duplicate,

    /// <summary>The citizen has opted out; the message was recorded but not answered.</summary>
    OptedOut,

    /// <summary>The citizen is sending faster than the flood limit: recorded, answered at most with a note to slow down.</summary>
    Throttled,
}
