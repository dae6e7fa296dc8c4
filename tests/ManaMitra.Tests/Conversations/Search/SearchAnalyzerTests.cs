using ManaMitra.Catalog;
using ManaMitra.Conversations.Search;

namespace ManaMitra.Tests.Conversations.Search;

/// <summary>How typed text becomes search terms with the shipped <c>catalog/search.json</c>: filler dropped, endings and synonyms read.</summary>
public sealed class SearchAnalyzerTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    private static readonly SearchAnalyzer Analyzer = new(Catalog.Search,
        Catalog.Departments.SelectMany(d => d.Services).SelectMany(s => s.Name.Entries.Select(n => n.Value).Concat(s.Keywords)));

    [Theory]
    // Filler in English, Telugu script and Telugu in English letters.
    [InlineData("I need income certificate for my daughter", "income certificate daughter")]
    [InlineData("naaku income certificate kavali", "income certificate")]
    [InlineData("నాకు ఆదాయ ధృవీకరణ పత్రం కావాలి", "income certificate")]
    // Synonyms across scripts, phrases before their words.
    [InlineData("karentu bill", "electricity bill")]
    [InlineData("కరెంటు బిల్లు", "electricity bill")]
    [InlineData("rice card", "ration card")]
    [InlineData("బియ్యం కార్డు", "ration card")]
    [InlineData("power of attorney", "attorney")]
    [InlineData("వీధి దీపం పని చేయడం లేదు", "street light complaint")]
    // A Telugu word ends in u or a virama alike, and case endings come off when the word is the catalog's.
    [InlineData("పింఛను", "pension")]
    [InlineData("పింఛన్", "pension")]
    [InlineData("కార్డుకు", "card")]
    [InlineData("certificates", "certificate")]
    public void Reads_what_was_typed(string typed, string terms) =>
        Assert.Equal(terms.Split(' '), Analyzer.Terms(typed));

    [Fact]
    public void Only_filler_is_no_terms() =>
        Assert.Empty(Analyzer.Terms("please sir naaku ela kavali"));

    [Theory]
    [InlineData("karentu", "కరెంటు")]
    [InlineData("current", "కరెంట్")]
    [InlineData("pension", "పెన్షన్")]
    [InlineData("pinchanu", "పింఛను")]
    [InlineData("certificate", "సర్టిఫికెట్")]
    [InlineData("ration", "రేషన్")]
    [InlineData("aadhaar", "ఆధార్")]
    public void Telugu_and_its_english_spelling_sound_alike(string latin, string telugu) =>
        Assert.Equal(PhoneticKey.Of(latin), PhoneticKey.Of(telugu));

    [Theory]
    [InlineData("pension", "passport")]
    [InlineData("income", "caste")]
    [InlineData("కరెంటు", "కార్డు")]
    public void Different_words_do_not(string one, string other) =>
        Assert.NotEqual(PhoneticKey.Of(one), PhoneticKey.Of(other));

    [Fact]
    public void A_word_of_two_sounds_has_no_key() =>
        Assert.Null(PhoneticKey.Of("bus"));
}
