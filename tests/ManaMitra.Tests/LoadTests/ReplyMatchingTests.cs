using ManaMitra.LoadTests.Measurement;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.LoadTests;

/// <summary>Replies are matched to the messages they answer by each message's expected reply count, in order.</summary>
public sealed class ReplyMatchingTests
{
    [Fact]
    public void Each_reply_belongs_to_the_message_whose_expected_replies_cover_it()
    {
        var chat = new CitizenChat("919848012345");
        var hi = chat.Register(expectedReplies: 1, intendedAt: 100);
        var english = chat.Register(expectedReplies: 2, intendedAt: 200);
        var search = chat.Register(expectedReplies: 1, intendedAt: 300);

        var first = chat.Reply(150);
        var second = chat.Reply(260);
        var third = chat.Reply(270);
        var fourth = chat.Reply(390);
        var extra = chat.Reply(400);

        Assert.Equal(new ReplyMatch(hi, IsFirst: true), first);
        Assert.Equal(new ReplyMatch(english, IsFirst: true), second);
        Assert.Equal(new ReplyMatch(english, IsFirst: false), third);
        Assert.Equal(new ReplyMatch(search, IsFirst: true), fourth);
        Assert.Equal(ReplyMatch.Unexpected, extra);
        Assert.Equal([150L, 260L, 390L], new[] { hi, english, search }.Select(m => m.FirstReplyAt!.Value));
    }

    [Fact]
    public async Task Waiting_for_a_message_ends_when_all_its_replies_have_come()
    {
        var chat = new CitizenChat("919848012345");
        var english = chat.Register(expectedReplies: 2, intendedAt: 0);
        chat.Reply(10);
        var waiting = chat.WaitForRepliesAsync(english, TimeSpan.FromMinutes(5), CancellationToken.None);

        Assert.False(waiting.IsCompleted);
        chat.Reply(20);
        Assert.True(await waiting);
    }

    [Fact]
    public async Task Waiting_for_a_message_that_is_never_answered_reports_false()
    {
        var chat = new CitizenChat("919848012345");
        var hi = chat.Register(expectedReplies: 1, intendedAt: 0);

        Assert.False(await chat.WaitForRepliesAsync(hi, TimeSpan.FromMilliseconds(1), CancellationToken.None));
    }

    [Fact]
    public void New_citizens_get_distinct_Indian_mobile_numbers()
    {
        var ledger = new ReplyLedger();
        var random = new Random(7);

        var ids = Enumerable.Range(0, 2000).Select(_ => ledger.OpenNewCitizen(random).CitizenId).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^91[6-9][0-9]{9}$", id));
    }

    [Fact]
    public void A_reply_to_someone_the_run_never_wrote_to_is_unexpected()
    {
        var ledger = new ReplyLedger();

        Assert.Equal(ReplyMatch.Unexpected, ledger.Reply("919000000000", 1));
    }

    [Fact]
    public void Accepted_messages_without_a_first_reply_are_unanswered_and_failed_ones_are_not()
    {
        var recorder = new RunRecorder();
        var answered = recorder.Ledger.OpenNewCitizen(new Random(1));
        var silent = recorder.Ledger.OpenNewCitizen(new Random(2));
        var refused = recorder.Ledger.OpenNewCitizen(new Random(3));
        var start = RunRecorder.Now();
        recorder.Answered(answered.Register(1, start), AckResult.Ok, start);
        recorder.Answered(silent.Register(1, start), AckResult.Ok, start);
        recorder.Answered(refused.Register(1, start), AckResult.Status(System.Net.HttpStatusCode.ServiceUnavailable), start);

        recorder.Reply(answered.CitizenId, start + 1000, isDocument: false);

        Assert.Equal(2, recorder.Acked);
        Assert.Equal(1, recorder.Replied);
        Assert.Equal(1, recorder.Unanswered());
        Assert.Equal(new Dictionary<string, long> { ["http_503"] = 1 }, recorder.Errors);
        Assert.Equal(1, recorder.EndToEndLatency.Snapshot().TotalCount);
    }
}
