using System.Text.Json.Nodes;
using ManaMitra.Catalog;

namespace ManaMitra.Tests.Catalog;

/// <summary>Each defect a translator or an official can make in the language files and the manifest's languages, and the message that points at it.</summary>
public sealed class LanguageDefectTests : IDisposable
{
    private const string Manifest = "catalog/catalog.json";
    private const string Telugu = "catalog/languages/te.json";
    private const string English = "catalog/languages/en.json";

    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public void A_key_missing_in_one_language_names_the_file_and_the_key()
    {
        _catalog.LanguageFile["te"].Remove("ui.main-menu-body");

        Assert.Equal([$"{Telugu}: ui.main-menu-body is missing"], _catalog.Errors());
    }

    [Fact]
    public void A_key_the_code_does_not_know_is_refused()
    {
        _catalog.LanguageFile["en"]["ui.main-menu-bdy"] = "Main menu";

        Assert.Equal([$"{English}: ui.main-menu-bdy is not a known key"], _catalog.Errors());
    }

    [Fact]
    public void A_translation_must_fill_the_same_placeholders_as_the_fallback_language()
    {
        _catalog.LanguageFile["te"]["ui.departments-body"] = "ఒక శాఖను ఎంచుకోండి ({0}).";
        _catalog.LanguageFile["te"]["forms.free-text-long"] = "ఆ సమాధానం చాలా పెద్దది — {1} అక్షరాల లోపు ఉంచండి (మీరు {0} పంపారు).";
        _catalog.LanguageFile["te"]["ui.fee"] = "రుసుము: ₹{1}";

        Assert.Equal(
            [$"{Telugu}: ui.departments-body has placeholders {{0}} but {English} has {{0}}, {{1}}", $"{Telugu}: ui.fee has placeholders {{1}} but {English} has {{0}}"],
            _catalog.Errors());
    }

    [Fact]
    public void A_brace_that_is_no_placeholder_is_refused()
    {
        _catalog.LanguageFile["en"]["ui.search-results-body"] = "Services matching {query}:";

        Assert.Equal([$"{English}: ui.search-results-body has a '{{' at position 19 that starts no placeholder like {{0}} (write '{{{{' for a brace)"], _catalog.Errors());
    }

    [Fact]
    public void Blank_texts_and_words_of_the_wrong_shape_are_refused()
    {
        _catalog.LanguageFile["te"]["ui.help"] = " ";
        _catalog.LanguageFile["te"]["commands.menu"] = "మెనూ";
        _catalog.LanguageFile["en"]["commands.back"] = new JsonArray("back", "");
        _catalog.LanguageFile["en"]["ui.more"] = new JsonArray("More");

        Assert.Equal(
        [
            $"{Telugu}: commands.menu must be a list of words, like [\"menu\", \"hi\"]",
            $"{Telugu}: ui.help is blank",
            $"{English}: commands.back[1] is not a word",
            $"{English}: ui.more must be a text in quotes",
        ], _catalog.Errors());
    }

    [Fact]
    public void A_word_may_not_mean_two_commands_or_choose_two_languages()
    {
        _catalog.LanguageFile["te"]["commands.back"] = new JsonArray("వెనుకకు", "menu");
        _catalog.LanguageFile["en"]["language.words"] = new JsonArray("english", "telugu");

        Assert.Equal(
        [
            $"{English}: language.words \"telugu\" is already a word for \"te\" in {Telugu}",
            $"{English}: commands.menu \"menu\" is already commands.back in {Telugu}",
        ], _catalog.Errors());
    }

    [Fact]
    public void A_number_word_may_mean_only_one_number()
    {
        _catalog.LanguageFile["te"]["amounts.three"] = new JsonArray("మూడు", "rendu");
        _catalog.LanguageFile["en"]["amounts.hundred"] = new JsonArray("hundred", "thousand");

        Assert.Equal(
        [
            $"{Telugu}: amounts.three \"rendu\" is already amounts.two in {Telugu}",
            $"{English}: amounts.hundred \"thousand\" is already amounts.thousand in {English}",
        ], _catalog.Errors());
    }

    [Fact]
    public void A_script_must_be_a_unicode_block()
    {
        _catalog.LanguageFile["te"]["language.script"] = "Telgu";

        Assert.Equal([$"{Telugu}: language.script \"Telgu\" is not a Unicode block name such as Telugu, Devanagari or BasicLatin"], _catalog.Errors());
    }

    [Fact]
    public void An_offered_language_needs_its_file()
    {
        _catalog.Manifest["languages"]!.AsArray().Add("hi");

        Assert.Equal(["catalog/languages/hi.json: not found (catalog.json offers \"hi\")"], _catalog.Errors());
    }

    [Fact]
    public void A_repeated_key_is_malformed_json()
    {
        _catalog.Load();
        File.WriteAllText(Path.Combine(_catalog.Directory, "languages", "en.json"), """{"ui.help": "Help", "ui.help": "Aid"}""");

        var error = Assert.Throws<CatalogException>(() => CatalogLoader.Load(_catalog.Directory));

        Assert.Equal($"{English}: malformed JSON at line 1, position 37 ($['ui.help'])", Assert.Single(error.Errors));
    }

    [Fact]
    public void The_manifest_declares_languages_the_documents_and_the_fallback_can_use()
    {
        _catalog.Manifest["languages"] = new JsonArray("te", "en", "te", "Hindi");
        _catalog.Manifest["documentLanguages"] = new JsonArray("te", "en", "ur");
        _catalog.Manifest["fallbackLanguage"] = "hi";

        Assert.Equal(
        [
            $"{Manifest}: languages[2] \"te\" is already listed at languages[0]",
            $"{Manifest}: languages[3] \"Hindi\" is not a language code (two or three lowercase letters, like \"te\")",
            $"{Manifest}: documentLanguages[2] \"ur\" is not one of languages",
            $"{Manifest}: documentLanguages names 3 languages; documents print 2",
            $"{Manifest}: fallbackLanguage \"hi\" is not one of documentLanguages",
        ], _catalog.Errors());
    }

    [Fact]
    public void A_manifest_without_languages_says_so()
    {
        _catalog.Manifest.Remove("languages");
        _catalog.Manifest.Remove("fallbackLanguage");
        _catalog.Manifest.Remove("documentLanguages");

        Assert.Equal(
            [$"{Manifest}: languages is missing", $"{Manifest}: documentLanguages is missing", $"{Manifest}: fallbackLanguage is missing"],
            _catalog.Errors());
    }

    [Fact]
    public void A_department_text_needs_the_document_languages_and_only_offered_ones()
    {
        _catalog.IncomeCertificate["description"]!.AsObject().Remove("en");
        _catalog.IncomeCertificate["name"]!["hi"] = "आय प्रमाण पत्र";

        Assert.Equal(
        [
            "catalog/departments/revenue.json: services[0] (income-certificate): name.hi is not a known field",
            "catalog/departments/revenue.json: services[0] (income-certificate): description.en is missing",
        ], _catalog.Errors());
    }
}
