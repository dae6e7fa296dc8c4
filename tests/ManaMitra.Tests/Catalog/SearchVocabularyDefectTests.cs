using System.Text.Json.Nodes;
using ManaMitra.Catalog;

namespace ManaMitra.Tests.Catalog;

/// <summary>Each defect a catalog editor can make in <c>search.json</c>, and the message that points at it.</summary>
public sealed class SearchVocabularyDefectTests : IDisposable
{
    private const string File = "catalog/search.json: ";

    private readonly TempCatalog _catalog = new();

    private readonly JsonObject _search = new()
    {
        ["stopWords"] = new JsonObject { ["en"] = new JsonArray("my", "please"), ["te-Latn"] = new JsonArray("kavali") },
        ["suffixes"] = new JsonArray("కు", "s"),
        ["synonyms"] = new JsonArray(new JsonArray("electricity", "current", "కరెంటు"), new JsonArray("ration card", "rice card")),
    };

    public SearchVocabularyDefectTests() => _catalog.Manifest["search"] = "search.json";

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public void A_sound_file_loads_lower_cased_with_its_longest_suffixes_first()
    {
        _search["synonyms"]![0]!.AsArray().Add("Power");

        var search = Load().Search;

        Assert.Equal(["kavali", "my", "please"], search.StopWords.Order(StringComparer.Ordinal));
        Assert.Equal(["కు", "s"], search.Suffixes);
        Assert.Equal(["electricity", "current", "కరెంటు", "power"], search.Synonyms[0]);
    }

    [Fact]
    public void A_catalog_may_have_no_search_file()
    {
        _catalog.Manifest.Remove("search");

        Assert.Same(SearchVocabulary.None, _catalog.Load().Search);
    }

    [Fact]
    public void A_named_file_that_is_not_there()
    {
        _catalog.Manifest["search"] = "words.json";

        Assert.Equal(["catalog/catalog.json: search: file \"words.json\" not found"], _catalog.Errors());
    }

    [Fact]
    public void A_word_in_two_groups_means_two_things()
    {
        _search["synonyms"]![1]!.AsArray().Add("Current");

        Assert.Equal([File + "synonyms[1][2] \"current\" is already in synonyms[0]"], Errors());
    }

    [Fact]
    public void A_stop_word_in_a_group_would_never_be_read()
    {
        _search["synonyms"]![0]!.AsArray().Add("please");

        Assert.Equal([File + "synonyms[0][3] \"please\" is a stop word (stopWords.en[1])"], Errors());
    }

    [Fact]
    public void A_stop_word_listed_twice()
    {
        _search["stopWords"]!["te-Latn"]!.AsArray().Add("My");

        Assert.Equal([File + "stopWords.te-Latn[1] \"my\" is already at stopWords.en[0]"], Errors());
    }

    [Fact]
    public void Blank_entries_and_a_group_of_one()
    {
        _search["suffixes"]!.AsArray().Add(" ");
        _search["synonyms"]!.AsArray().Add(new JsonArray("alone"));

        Assert.Equal([File + "suffixes[2] is blank", File + "synonyms[2] needs two or more words"], Errors());
    }

    [Fact]
    public void An_unknown_field()
    {
        _search["synonym"] = new JsonArray();

        Assert.Equal([File + "synonym is not a known field"], Errors());
    }

    private ServiceCatalog Load()
    {
        Write();
        return _catalog.Load();
    }

    private IReadOnlyList<string> Errors()
    {
        Write();
        return _catalog.Errors();
    }

    private void Write() => System.IO.File.WriteAllText(Path.Combine(_catalog.Directory, "search.json"), _search.ToJsonString());
}
