using ManaMitra.Conversations;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Citizens;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ManaMitra.Tests.Citizens;

/// <summary>
/// A citizen's state keeps seen message ids as digests and its empty lists as nothing, to hold a million resident
/// conversations in one silo (BENCHMARKS.md); rows stored in the shapes before must still read, and the guarantees
/// (dedupe, erasure) hold across the change.
/// </summary>
public sealed class ChatStateFormatTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    // As a row is: written by the grain's serializer, read back as the state's type of now.
    private TRead Read<TWritten, TRead>(TWritten written)
    {
        var serializer = _services.GetRequiredService<Serializer>();
        return Assert.IsType<TRead>(serializer.Deserialize<TRead>(serializer.SerializeToArray(written)));
    }

    [Fact]
    public void Ids_seen_in_a_row_stored_whole_are_still_dropped_and_become_digests_with_the_next_message()
    {
        var before = new SeenMessagesWithIdsWhole { Recent = [new("wamid.old-1", Now.AddDays(-1)), new("wamid.old-2", Now.AddHours(-1))] };

        var seen = Read<SeenMessagesWithIdsWhole, SeenMessages>(before);

        Assert.True(seen.Contains("wamid.old-1"));
        Assert.False(seen.Contains("wamid.new"));
        seen.Remember("wamid.new", Now, maxCount: 256, maxAge: TimeSpan.FromDays(8));
        Assert.Null(seen.Recent);
        Assert.Equal(3, seen.Digests.Length);
        Assert.All(["wamid.old-1", "wamid.old-2", "wamid.new"], id => Assert.True(seen.Contains(id)));
    }

    [Fact]
    public void Seen_digests_are_bounded_by_count_and_age_and_survive_storage()
    {
        var seen = new SeenMessages();
        seen.Remember("wamid.aged", Now.AddDays(-9), maxCount: 2, maxAge: TimeSpan.FromDays(8));
        foreach (var n in Enumerable.Range(1, 3))
        {
            seen.Remember($"wamid.{n}", Now.AddMinutes(n), maxCount: 2, maxAge: TimeSpan.FromDays(8));
        }

        var stored = Read<SeenMessages, SeenMessages>(seen);

        Assert.Equal([false, false, true, true], new[] { "wamid.aged", "wamid.1", "wamid.2", "wamid.3" }.Select(stored.Contains));
    }

    [Fact]
    public void A_sent_entry_keeps_its_id_as_a_digest_and_one_stored_with_the_id_whole_is_still_found_by_its_status()
    {
        var outbox = new Outbox();
        outbox.Append(OutboxEntryKind.Reply, "{}", Now, traceParent: null);
        outbox.Append(OutboxEntryKind.Reply, "{}", Now, traceParent: null);
        // The first as rows written before digests hold a sent entry: the id whole.
        outbox.Entries[0].State = OutboxEntryState.Sent;
        outbox.Entries[0].SentMessageId = "wamid.stored-whole";
        outbox.Accepted(outbox.Entries[1], "wamid.sent-now");

        var stored = Read<Outbox, Outbox>(outbox);

        Assert.Null(stored.Entries[1].SentMessageId);
        Assert.Equal(MessageDigest.Of("wamid.sent-now"), stored.Entries[1].SentDigest);
        Assert.Same(stored.Entries[1], stored.FindSent("wamid.sent-now"));
        Assert.Same(stored.Entries[0], stored.FindSent("wamid.stored-whole"));
        Assert.Null(stored.FindSent("wamid.never-sent"));
        Assert.Equal([MessageDigest.Of("wamid.stored-whole"), MessageDigest.Of("wamid.sent-now")], stored.Entries.Select(e => e.View().Sent));
    }

    [Fact]
    public void A_session_stored_with_its_lists_reads_with_them()
    {
        var consent = new ConsentEvent(ConsentAction.Given, "v1", "te", Now);
        var before = new SessionWithListsAlways
        {
            Language = "te", History = [new Step(StepKind.MainMenu)], Applications = ["APP-1"], Consents = [consent],
        };

        var session = Read<SessionWithListsAlways, ChatSession>(before);

        Assert.Equal(("te", StepKind.MainMenu, "APP-1", consent), (session.Language, session.History.Single().Kind, session.Applications.Single(), session.Consents.Single()));
        Assert.Empty(session.Documents);
        Assert.True(session.Otp.IsUnused);
    }

    [Fact]
    public void A_compacted_session_lets_go_of_its_empty_lists_only_and_still_round_trips_and_forgets()
    {
        var session = new ChatSession { Language = "en", Applications = ["APP-2"] };
        session.History.Add(new Step(StepKind.MainMenu));
        session.History.Clear();
        session.Otp.Verified();

        session.Compact();
        var copy = _services.GetRequiredService<DeepCopier<ChatSession>>().Copy(session);
        var stored = Read<ChatSession, ChatSession>(session);

        Assert.All([session, copy, stored], s => Assert.Equal(["APP-2"], s.Applications));
        Assert.All([session, copy, stored], s => Assert.Empty(s.History));
        stored.Forget();
        Assert.Equal((null, 0), (stored.Language, stored.Applications.Count));
    }

    public void Dispose() => _services.Dispose();
}

/// <summary><see cref="SeenMessages"/> as rows stored before digests hold it.</summary>
[GenerateSerializer]
public sealed class SeenMessagesWithIdsWhole
{
    [Id(0)] public List<SeenMessage> Recent { get; set; } = [];
}

/// <summary>Part of <see cref="ChatSession"/> as rows stored before its lists were made on first use hold it.</summary>
[GenerateSerializer]
public sealed class SessionWithListsAlways
{
    [Id(7)] public string? Language { get; set; }

    [Id(2)] public List<Step> History { get; set; } = [];

    [Id(8)] public List<DocumentRef> Documents { get; set; } = [];

    [Id(10)] public List<string> Applications { get; set; } = [];

    [Id(14)] public OtpGuard Otp { get; set; } = new();

    [Id(13)] public List<ConsentEvent> Consents { get; set; } = [];
}
