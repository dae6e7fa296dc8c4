using ManaMitra.Catalog;
using ManaMitra.Conversations.Search;

namespace ManaMitra.Tests.Conversations.Search;

/// <summary>The sentences issue #17 found sinking or finding the wrong service, and what must find nothing.</summary>
public sealed class CatalogSearchTests
{
    private static readonly CatalogSearch Search = new(CatalogLoader.Load(CatalogLoader.DefaultDirectory));

    [Theory]
    [InlineData("my grievance about street light", "streetlight-complaint")]
    [InlineData("I need income certificate for my daughter", "income-certificate")]
    [InlineData("how to apply for ration card", "new-rice-card")]
    [InlineData("వీధి దీపం పని చేయడం లేదు", "streetlight-complaint")]
    [InlineData("bus ticket to tirupati", "bus-ticket")]
    [InlineData("naaku kotha ration card kavali", "new-rice-card")]
    [InlineData("current poyindi 2 days nundi", "power-complaint")]
    public void A_sentence_finds_its_service_in_the_top_three(string typed, string service) =>
        Assert.Contains(service, Search.Find(typed, 3).Select(h => h.Service.Id));

    [Theory]
    [InlineData("xyzzy qwerty")]
    [InlineData("please sir kavali")]
    [InlineData("0000-00000")]
    [InlineData("")]
    public void Nothing_informative_finds_nothing(string typed) =>
        Assert.Empty(Search.Find(typed, 5));

    [Fact]
    public void A_very_long_message_is_searched_by_its_words() =>
        Assert.Contains("income-certificate", Search.Find(string.Join(' ', Enumerable.Repeat("income certificate", 1_000)), 3).Select(h => h.Service.Id));

    [Fact]
    public void A_catalog_without_a_search_file_still_finds_services_by_their_own_words()
    {
        var shipped = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
        var bare = new ServiceCatalog(shipped.Version, shipped.Departments, shipped.Texts);

        Assert.Equal(SearchVocabulary.None, bare.Search);
        Assert.Equal("income-certificate", new CatalogSearch(bare).Find("income certificate", 1).Single().Service.Id);
    }
}
