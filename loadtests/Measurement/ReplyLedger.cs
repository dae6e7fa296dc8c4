using System.Collections.Concurrent;
using System.Globalization;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.LoadTests.Measurement;

/// <summary>Every simulated citizen of a run, by WhatsApp id, so a reply the sink receives finds the message it answers.</summary>
public sealed class ReplyLedger
{
    private readonly ConcurrentDictionary<string, CitizenChat> _chats = new(StringComparer.Ordinal);

    /// <summary>A citizen the run has not used yet, with a random Indian mobile number as WhatsApp id (91 and ten digits, 6-9 first).</summary>
    public CitizenChat OpenNewCitizen(Random random)
    {
        while (true)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"91{random.Next(6, 10)}{random.NextInt64(0, 1_000_000_000):D9}");
            var chat = new CitizenChat(number);
            if (_chats.TryAdd(number, chat))
            {
                return chat;
            }
        }
    }

    /// <summary>A citizen of a fixed population the run speaks as (see <c>CitizenSlots</c>); each one once per run.</summary>
    public CitizenChat Open(string citizenId)
    {
        var chat = new CitizenChat(citizenId);
        return _chats.TryAdd(citizenId, chat) ? chat : throw new InvalidOperationException($"Citizen {citizenId} already speaks in this run.");
    }

    public ReplyMatch Reply(string citizenId, long arrivedAt) =>
        _chats.TryGetValue(citizenId, out var chat) ? chat.Reply(arrivedAt) : ReplyMatch.Unexpected;

    public IEnumerable<SentMessage> AllSent() => _chats.Values.SelectMany(c => c.Sent());
}
