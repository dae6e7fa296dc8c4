using System.Collections.Concurrent;
using System.Diagnostics;
using ManaMitra.Testing;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.LoadTests.Measurement;

/// <summary>
/// Everything a run counts, fed by the senders (acks) and the Cloud API sink (replies), read by the progress display
/// and the final summary. Ack latency and end-to-end latency are kept apart: a fast 200 says nothing of the reply.
/// </summary>
public sealed class RunRecorder : ICloudApiObserver
{
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private long _sent;
    private long _acked;
    private long _replied;
    private long _replies;
    private long _readReceipts;
    private long _unexpected;
    private long _refused;
    private long _documents;
    private long _throttled;
    private long _failed;
    private long _redelivered;
    private long _redeliveredAcked;
    private long _firstSendAt;
    private long _lastSendAt;
    private long _lastFirstReplyAt;

    public ReplyLedger Ledger { get; } = new();

    public LatencyRecorder AckLatency { get; } = new();

    public LatencyRecorder EndToEndLatency { get; } = new();

    public long Sent => Interlocked.Read(ref _sent);

    public long Acked => Interlocked.Read(ref _acked);

    public long Replied => Interlocked.Read(ref _replied);

    public long Replies => Interlocked.Read(ref _replies);

    public long ReadReceipts => Interlocked.Read(ref _readReceipts);

    public long UnexpectedReplies => Interlocked.Read(ref _unexpected);

    /// <summary>Sends the sink refused for a wrong access token: the system is misconfigured, not slow.</summary>
    public long RefusedSends => Interlocked.Read(ref _refused);

    /// <summary>Replies that were document messages (an issued certificate).</summary>
    public long Documents => Interlocked.Read(ref _documents);

    /// <summary>Sends the sink throttled on purpose (429, code 130429): each is owed again.</summary>
    public long SinkThrottled => Interlocked.Read(ref _throttled);

    /// <summary>Sends the sink failed on purpose (500): each is owed again.</summary>
    public long SinkFailed => Interlocked.Read(ref _failed);

    /// <summary>Copies of already-delivered messages sent again as Meta retries; counted apart from <see cref="Sent"/>.</summary>
    public long Redelivered => Interlocked.Read(ref _redelivered);

    public long RedeliveredAcked => Interlocked.Read(ref _redeliveredAcked);

    public long FirstSendAt => Interlocked.Read(ref _firstSendAt);

    public long LastSendAt => Interlocked.Read(ref _lastSendAt);

    public long LastFirstReplyAt => Interlocked.Read(ref _lastFirstReplyAt);

    public IReadOnlyDictionary<string, long> Errors => new SortedDictionary<string, long>(_errors, StringComparer.Ordinal);

    public void Sending(long at)
    {
        Interlocked.CompareExchange(ref _firstSendAt, at, 0);
        Interlocked.Increment(ref _sent);
        InterlockedMax(ref _lastSendAt, at);
    }

    /// <summary>The frontend answered <paramref name="message"/> at <paramref name="at"/>; ack latency, like end to end, runs from the intended send.</summary>
    public void Answered(SentMessage message, AckResult result, long at)
    {
        if (result.Accepted)
        {
            message.Acked = true;
            Interlocked.Increment(ref _acked);
            AckLatency.RecordTicks(at - message.IntendedAt);
        }
        else
        {
            _errors.AddOrUpdate(result.ErrorKind ?? "unknown", 1, (_, n) => n + 1);
        }
    }

    /// <summary>
    /// A repeat delivery of <paramref name="messages"/> already-sent messages was answered; it owes no reply, so a
    /// reply caused by it shows up as unexpected.
    /// </summary>
    public void Redelivery(int messages, AckResult result)
    {
        Interlocked.Add(ref _redelivered, messages);
        if (result.Accepted)
        {
            Interlocked.Add(ref _redeliveredAcked, messages);
        }
        else
        {
            _errors.AddOrUpdate("redelivery_" + (result.ErrorKind ?? "unknown"), 1, (_, n) => n + 1);
        }
    }

    public void Reply(string recipient, long arrivedAt, bool isDocument)
    {
        Interlocked.Increment(ref _replies);
        if (isDocument)
        {
            Interlocked.Increment(ref _documents);
        }

        var match = Ledger.Reply(recipient, arrivedAt);
        if (match.Message is null)
        {
            Interlocked.Increment(ref _unexpected);
        }
        else if (match.IsFirst)
        {
            Interlocked.Increment(ref _replied);
            EndToEndLatency.RecordTicks(arrivedAt - match.Message.IntendedAt);
            InterlockedMax(ref _lastFirstReplyAt, arrivedAt);
        }
    }

    public void ReadReceipt() => Interlocked.Increment(ref _readReceipts);

    public void Refused() => Interlocked.Increment(ref _refused);

    public void Faulted(CloudApiFault fault)
    {
        if (fault == CloudApiFault.Throttle)
        {
            Interlocked.Increment(ref _throttled);
        }
        else
        {
            Interlocked.Increment(ref _failed);
        }
    }

    /// <summary>Messages the frontend accepted that have had no reply yet; after the drain period these are lost.</summary>
    public long Unanswered() => Ledger.AllSent().LongCount(m => m is { Acked: true, FirstReplyAt: null });

    /// <summary>
    /// After the last send, waits until every accepted message has its first reply or <paramref name="drain"/> has
    /// passed: replies still on their way are not lost yet.
    /// </summary>
    public async Task DrainAsync(TimeSpan drain, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < drain && !cancellationToken.IsCancellationRequested && Unanswered() > 0)
        {
            await Task.Delay(100, CancellationToken.None);
        }
    }

    public static long Now() => Stopwatch.GetTimestamp();

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
