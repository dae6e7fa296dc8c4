namespace ManaMitra.Grains.Citizens;

/// <summary>
/// The message ids a citizen's grain has handled, so Meta's redeliveries (up to seven days, duplicates happen) are
/// dropped. Bounded by count and age: a citizen's state must not grow with every message they ever sent.
/// </summary>
[GenerateSerializer]
public sealed class SeenMessages
{
    [Id(0)] public List<SeenMessage> Recent { get; set; } = [];

    public bool Contains(string messageId) => Recent.Exists(m => m.MessageId == messageId);

    public void Remember(string messageId, DateTimeOffset at, int maxCount, TimeSpan maxAge)
    {
        Recent.Add(new SeenMessage(messageId, at));
        Recent.RemoveAll(m => at - m.At > maxAge);
        if (Recent.Count > maxCount)
        {
            Recent.RemoveRange(0, Recent.Count - maxCount);
        }
    }
}

[GenerateSerializer, Immutable]
public sealed record SeenMessage([property: Id(0)] string MessageId, [property: Id(1)] DateTimeOffset At);
