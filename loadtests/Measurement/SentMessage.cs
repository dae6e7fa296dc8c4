namespace ManaMitra.LoadTests.Measurement;

/// <summary>One webhook a citizen sent, and what became of it.</summary>
/// <param name="FirstReplyIndex">How many replies this citizen had been answered with before this message's first.</param>
public sealed class SentMessage(int firstReplyIndex, int expectedReplies, long intendedAt)
{
    public int FirstReplyIndex { get; } = firstReplyIndex;

    public int ExpectedReplies { get; } = expectedReplies;

    /// <summary>Stopwatch timestamp the load model meant to send at; latencies start here, not at the actual send.</summary>
    public long IntendedAt { get; } = intendedAt;

    /// <summary>True once the frontend answered 200: the message is stored and owed a reply.</summary>
    public bool Acked { get; set; }

    /// <summary>Stopwatch timestamp of the first reply, or null while none has come.</summary>
    public long? FirstReplyAt { get; set; }

    public int RepliesAfterThis => FirstReplyIndex + ExpectedReplies;
}
