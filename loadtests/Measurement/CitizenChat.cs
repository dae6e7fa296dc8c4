using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.LoadTests.Measurement;

/// <summary>
/// One simulated citizen's side of the conversation: what they sent and how many replies came back. A citizen sends
/// a message only after the previous one was acknowledged, and the grain queues a message's replies before it
/// acknowledges, so replies arrive in the order of the messages they answer: the n-th reply belongs to the message
/// whose expected replies cover n.
/// </summary>
public sealed class CitizenChat(string citizenId)
{
    private readonly Lock _gate = new();
    private readonly List<SentMessage> _sent = [];
    private int _repliesExpected;
    private int _repliesReceived;
    private (int Count, TaskCompletionSource Done)? _waiter;

    public string CitizenId { get; } = citizenId;

    public SentMessage Register(int expectedReplies, long intendedAt)
    {
        lock (_gate)
        {
            var message = new SentMessage(_repliesExpected, expectedReplies, intendedAt);
            _repliesExpected += expectedReplies;
            _sent.Add(message);
            return message;
        }
    }

    /// <summary>Matches a reply that arrived at <paramref name="arrivedAt"/>; returns the message it is the first answer to, if any.</summary>
    public ReplyMatch Reply(long arrivedAt)
    {
        TaskCompletionSource? done = null;
        ReplyMatch match;
        lock (_gate)
        {
            var index = _repliesReceived++;
            var message = _sent.Find(m => index >= m.FirstReplyIndex && index < m.RepliesAfterThis);
            if (message is null)
            {
                match = ReplyMatch.Unexpected;
            }
            else if (index == message.FirstReplyIndex)
            {
                message.FirstReplyAt = arrivedAt;
                match = new ReplyMatch(message, IsFirst: true);
            }
            else
            {
                match = new ReplyMatch(message, IsFirst: false);
            }

            if (_waiter is { } waiter && _repliesReceived >= waiter.Count)
            {
                done = waiter.Done;
                _waiter = null;
            }
        }

        done?.TrySetResult();
        return match;
    }

    /// <summary>Completes once every reply <paramref name="message"/> expects has arrived (false on timeout).</summary>
    public async Task<bool> WaitForRepliesAsync(SentMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (_repliesReceived >= message.RepliesAfterThis)
            {
                return true;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiter = (message.RepliesAfterThis, done);
        }

        try
        {
            await done.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public IReadOnlyList<SentMessage> Sent()
    {
        lock (_gate)
        {
            return _sent.ToList();
        }
    }
}

/// <summary>The message a reply answers (null when the citizen was owed nothing) and whether it is that message's first reply.</summary>
public sealed record ReplyMatch(SentMessage? Message, bool IsFirst)
{
    public static readonly ReplyMatch Unexpected = new(null, false);
}
