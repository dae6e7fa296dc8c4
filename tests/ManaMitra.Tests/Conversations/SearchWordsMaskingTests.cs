using System.Globalization;
using ManaMitra.Conversations.Vocabulary;

namespace ManaMitra.Tests.Conversations;

/// <summary>What catalog editors see of a search that found nothing: its words, never a number or an address in it.</summary>
public sealed class SearchWordsMaskingTests
{
    [Theory]
    [InlineData("my aadhaar 2341 2341 2346 lost", "my aadhaar # lost")]
    [InlineData("Call me on 98765-43210", "call me on #")]
    [InlineData("+91 98765 43210 RATION", "+# ration")]
    [InlineData("TS09EA1234 challan", "ts#ea# challan")]
    [InlineData("receipt 12/05/2024 and 3 acres", "receipt # and # acres")]
    // Telugu digits, as a Telugu keyboard types them.
    [InlineData("ఆధార్ \u0C68\u0C6A\u0C69\u0C67 \u0C68\u0C6A\u0C69\u0C67 \u0C68\u0C6A\u0C69\u0C6C", "ఆధార్ #")]
    [InlineData("mail ravi.kumar@example.in please", "mail @ please")]
    [InlineData("  Kabaddi\tTOURNAMENT  ", "kabaddi tournament")]
    public void Numbers_and_addresses_are_masked_and_words_lower_cased_and_folded(string query, string masked) =>
        Assert.Equal(masked, SearchQuery.Masked(query));

    [Theory]
    [InlineData("my grandfather old age pension not credited since three months in 2024 please check")]
    [InlineData("మా తాతగారి వృద్ధాప్య పింఛను మూడు నెలలుగా రావడం లేదు గ్రామ సచివాలయంలో ఎవరూ సమాధానం చెప్పడం లేదు")]
    public void A_long_search_keeps_its_first_few_words(string query)
    {
        var masked = SearchQuery.Masked(query);

        Assert.EndsWith("…", masked, StringComparison.Ordinal);
        Assert.InRange(new StringInfo(masked[..^1]).LengthInTextElements, SearchQuery.MaxMasked / 2, SearchQuery.MaxMasked);
        Assert.StartsWith(masked[..^1], query.ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_is_masked_before_the_words_are_cut_so_no_digit_survives_at_the_edge()
    {
        var masked = SearchQuery.Masked("certificate for the land survey number 123456789012345678901234567890");

        Assert.DoesNotContain(masked, char.IsDigit);
        Assert.Equal("certificate for the land survey number #", masked);
    }
}
