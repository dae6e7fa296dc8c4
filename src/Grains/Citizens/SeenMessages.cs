using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Grains.Citizens;

/// <summary>
/// The message ids a citizen's grain has handled, so Meta's redeliveries (up to seven days, duplicates happen) are
/// dropped. Bounded by count and age: a citizen's state must not grow with every message they ever sent.
/// </summary>
/// <remarks>
/// Each id is kept as its <see cref="MessageDigest"/> with the time it was handled (<see cref="SeenDigest"/>), not as
/// Meta's 60-odd-character string: 24 bytes an entry instead of about 180. Two different ids with the same digest
/// would drop a real message as a redelivery: about 2^-120 for any one message, nothing next to a silo dying.
/// </remarks>
[GenerateSerializer]
public sealed class SeenMessages
{
    /// <summary>
    /// The ids whole, as rows written before digests hold them: read so that those redeliveries are still dropped, and
    /// turned into <see cref="Digests"/> by the first message handled.
    /// </summary>
    [Id(0)] public List<SeenMessage>? Recent { get; set; }

    /// <summary>Oldest first; an array sized to its entries, since most conversations hold only a few.</summary>
    [Id(1)] public SeenDigest[] Digests { get; set; } = [];

    public bool Contains(string messageId)
    {
        var digest = SeenDigest.Of(messageId);
        return Array.Exists(Digests, d => d.High == digest.High && d.Low == digest.Low)
            || Recent?.Exists(m => m.MessageId == messageId) == true;
    }

    public void Remember(string messageId, DateTimeOffset at, int maxCount, TimeSpan maxAge)
    {
        var earlier = Recent?.Select(m => SeenDigest.Of(m.MessageId) with { At = m.At.UtcDateTime }) ?? [];
        Recent = null;
        var kept = earlier.Concat(Digests).Append(SeenDigest.Of(messageId) with { At = at.UtcDateTime })
            .Where(d => at.UtcDateTime - d.At <= maxAge)
            .ToArray();
        Digests = kept.Length > maxCount ? kept[^maxCount..] : kept;
    }
}

/// <summary>
/// One seen message id: its <see cref="MessageDigest"/>'s two halves (stored as fields of their own, as rows written
/// since digests hold them), and when it was handled (UTC).
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct SeenDigest([property: Id(0)] ulong High, [property: Id(1)] ulong Low, [property: Id(2)] DateTime At)
{
    public static SeenDigest Of(string messageId)
    {
        var digest = MessageDigest.Of(messageId);
        return new(digest.High, digest.Low, default);
    }
}

/// <summary>A seen id as rows written before <see cref="SeenDigest"/> hold it.</summary>
[GenerateSerializer, Immutable]
public sealed record SeenMessage([property: Id(0)] string MessageId, [property: Id(1)] DateTimeOffset At);
