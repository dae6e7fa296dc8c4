namespace ManaMitra.Interfaces.Chat;

/// <summary>
/// What an outbox entry is, recorded when it is queued so nothing has to recognise it from its JSON body later: the
/// dispatcher puts messages ahead of other citizens' read receipts, and a sent read receipt leaves the outbox at once.
/// </summary>
public enum OutboxEntryKind
{
    /// <summary>
    /// A message answering the citizen. First, so it is the value an entry stored before kinds existed reads back as:
    /// a read receipt taken for a reply at worst waits among the sent entries until trimmed, while a reply taken for a
    /// read receipt would lose its delivery statuses.
    /// </summary>
    Reply,

    /// <summary>Marks the citizen's message as read (blue ticks). Nobody reads it, so under load it leaves last.</summary>
    ReadReceipt,

    /// <summary>An approved template, the only message Meta lets a business start outside the 24-hour window.</summary>
    Template,
}
