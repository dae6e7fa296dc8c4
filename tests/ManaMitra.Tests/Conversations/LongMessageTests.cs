using ManaMitra.Conversations.Vocabulary;

namespace ManaMitra.Tests.Conversations;

/// <summary>A long message is searched by its start and quoted by a few words, never echoed back whole.</summary>
[Collection(ChatClusterCollection.Name)]
public sealed class LongMessageTests(ChatCluster cluster)
{
    [Fact]
    public async Task A_page_long_message_is_answered_in_a_few_lines_quoting_a_few_words()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));
        var complaint = string.Concat(Enumerable.Repeat("the drain near our house overflows every evening and nobody comes ", 100));

        var reply = await citizen.Says(complaint);

        var text = Replies.TextOf(reply.Last);
        Assert.True(text.Length < 400, $"the reply is {text.Length} characters long");
        Assert.Contains("\"the drain near our house overflows every…\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_query_is_quoted_whole()
    {
        Assert.Equal("income certificate", SearchQuery.Quoted("income certificate"));
    }

    [Theory]
    [InlineData("I need an income certificate for my daughter who studies in Guntur")]
    [InlineData("వీధి దీపం పని చేయడం లేదు మా వీధిలో మూడు రోజులుగా చీకటి ఉంది దయచేసి చూడండి")]
    public void A_long_query_is_quoted_by_its_first_whole_words(string typed)
    {
        var quoted = SearchQuery.Quoted(typed);

        Assert.EndsWith("…", quoted, StringComparison.Ordinal);
        var words = quoted[..^1];
        Assert.StartsWith(words, typed, StringComparison.Ordinal);
        Assert.Equal(' ', typed[words.Length]);
        Assert.InRange(new System.Globalization.StringInfo(words).LengthInTextElements, SearchQuery.MaxQuoted / 2, SearchQuery.MaxQuoted);
    }
}
