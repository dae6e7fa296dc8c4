using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// A citizen's queue of rendered messages, kept in the grain's persisted state. Entries leave strictly in order,
/// one at a time; a sent entry stays a while, without its body, so Meta's later delivery statuses can find it.
/// </summary>
[GenerateSerializer]
public sealed class Outbox
{
    [Id(0)] public List<OutboxEntry> Entries { get; set; } = [];

    [Id(1)] public long NextSequence { get; set; } = 1;

    public bool HasPending => Entries.Exists(e => e.State == OutboxEntryState.Pending);

    /// <param name="traceParent">The span that queued the entry, so its send, however much later, joins that trace.</param>
    public void Append(OutboxEntryKind kind, string body, DateTimeOffset now, string? traceParent) =>
        Entries.Add(new OutboxEntry { Sequence = NextSequence++, Kind = kind, Body = body, CreatedAt = now, TraceParent = traceParent });

    /// <summary>The oldest entry still to send; everything after it waits, so the citizen reads replies in order.</summary>
    public OutboxEntry? NextPending() => Entries.Find(e => e.State == OutboxEntryState.Pending);

    /// <summary>
    /// Meta accepted <paramref name="entry"/>. A read receipt then leaves the outbox at once: no status ever refers
    /// to it. A message stays, without its body, for the statuses that will.
    /// </summary>
    public void Accepted(OutboxEntry entry, string? messageId)
    {
        if (entry.Kind == OutboxEntryKind.ReadReceipt)
        {
            Entries.Remove(entry);
            return;
        }

        entry.MarkSent(messageId);
    }

    public OutboxEntry? FindSent(string messageId)
    {
        var digest = MessageDigest.Of(messageId);
        return Entries.Find(e => e.SentDigest == digest || e.SentMessageId == messageId);
    }

    public OutboxEntry? Find(long sequence) => Entries.Find(e => e.Sequence == sequence);

    /// <summary>Drops the oldest finished entries beyond <paramref name="keep"/>; pending ones are never dropped.</summary>
    public void Trim(int keep)
    {
        var finished = Entries.Count(e => e.State != OutboxEntryState.Pending);
        if (finished > keep)
        {
            var excess = finished - keep;
            Entries.RemoveAll(e => e.State != OutboxEntryState.Pending && excess-- > 0);
        }
    }
}

[GenerateSerializer]
public sealed class OutboxEntry
{
    [Id(0)] public long Sequence { get; set; }

    /// <summary>
    /// Meta's JSON body, rendered when the entry was queued; empty once Meta has accepted it. Nothing reads a sent
    /// body again, and keeping it would hold the citizen's words and data (names, amounts, references) for no purpose
    /// while weighing on every state write and on memory: a menu is a few kilobytes and 32 finished entries are kept.
    /// A body Meta refused stays, beside its error, for whoever looks into why; a sent read receipt leaves altogether.
    /// </summary>
    [Id(1)] public string Body { get; set; } = "";

    [Id(2)] public OutboxEntryState State { get; set; }

    /// <summary>Meta's id of the sent message whole, as rows written before <see cref="SentDigest"/> hold it; never written now.</summary>
    [Id(3)] public string? SentMessageId { get; set; }

    /// <summary>
    /// The digest of the id Meta gave the sent message, which its delivery statuses name: 16 bytes in the entry instead
    /// of a string of about 140 in every resident conversation, three or more times.
    /// </summary>
    [Id(10)] public MessageDigest? SentDigest { get; set; }

    [Id(4)] public string? Error { get; set; }

    [Id(5)] public int Attempts { get; set; }

    [Id(6)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After a passing failure, the entry waits until then (backoff), and so does every entry behind it.</summary>
    [Id(7)] public DateTimeOffset NotBefore { get; set; }

    /// <summary>W3C <c>traceparent</c> of the webhook (or service notice) that queued the entry; no personal data.</summary>
    [Id(8)] public string? TraceParent { get; set; }

    [Id(9)] public OutboxEntryKind Kind { get; set; }

    internal void MarkSent(string? messageId)
    {
        State = OutboxEntryState.Sent;
        SentDigest = messageId is null ? null : MessageDigest.Of(messageId);
        Error = null;
        Body = "";
        // Its trace ended with the send; statuses start their own.
        TraceParent = null;
    }

    public OutboxEntryView View() => new(Sequence, Body, State, SentDigest ?? (SentMessageId is { } id ? MessageDigest.Of(id) : null), Error);
}
