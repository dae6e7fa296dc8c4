using System.Globalization;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Tests.Catalog;
using static ManaMitra.Tests.Forms.FormSamples;

namespace ManaMitra.Tests.Forms;

public sealed class PersonNameTests
{
    private const string Digits = "forms.person-name-digits";
    private const string Characters = "forms.person-name-characters";
    private const string Length = "forms.person-name-length";

    private static readonly FieldValidators Validators = new(Hasher, ShippedLanguages.Texts);

    // Read from the shipped files, not through FormText, so a reason wired to the wrong key fails here.
    private static readonly IReadOnlyDictionary<string, string> English = LanguageFile(ShippedLanguages.English);
    private static readonly IReadOnlyDictionary<string, string> Telugu = LanguageFile(ShippedLanguages.Telugu);

    private static FieldResult Check(string typed) => Validators.Check(Input(InputKind.PersonName, "applicant-name"), Text(typed));

    private static IReadOnlyDictionary<string, string> LanguageFile(string code) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(CatalogLoader.DefaultDirectory, "languages", $"{code}.json")))!
            .Where(e => e.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(e => e.Key, e => e.Value.GetString()!);

    [Theory]
    [InlineData("Ramesh Kumar", "Ramesh Kumar")]
    [InlineData("రమేష్ కుమార్", "రమేష్ కుమార్")]
    [InlineData("K. Ramesh", "K. Ramesh")]
    [InlineData("  K.   Ravi  Kumar ", "K. Ravi Kumar")]
    [InlineData("K.V.S. Rao", "K.V.S. Rao")]
    [InlineData("Ravi K.", "Ravi K.")]
    [InlineData("కె. లక్ష్మి", "కె. లక్ష్మి")]
    [InlineData("Sai-Ram Reddy", "Sai-Ram Reddy")]
    [InlineData("సాయి-రామ్", "సాయి-రామ్")]
    [InlineData("Anne D'Souza", "Anne D'Souza")]
    [InlineData("Anne D\u2019Souza", "Anne D\u2019Souza")]
    [InlineData("José Fernandes", "José Fernandes")]
    [InlineData("Jose\u0301", "José")]
    [InlineData("శ్రీనివాస్ Rao", "శ్రీనివాస్ Rao")]
    [InlineData("అన్\u200Cవర్ బాషా", "అన్\u200Cవర్ బాషా")]
    [InlineData("Li", "Li")]
    public void Accepts_names_in_English_and_Telugu_and_keeps_them_tidied(string typed, string kept)
    {
        var accepted = Assert.IsType<Accepted>(Check(typed));
        Assert.Equal(kept, accepted.Value);
        Assert.Equal(kept, accepted.Display);
    }

    [Fact]
    public void Accepts_a_hundred_characters_after_folding_and_refuses_a_hundred_and_one()
    {
        var hundred = new string('a', 50) + " " + new string('b', 49);
        Assert.Equal(PersonNameValidator.MaxLength, hundred.Length);
        Assert.IsType<Accepted>(Check(new string('a', 50) + "          " + new string('b', 49)));
        var reason = Assert.IsType<Rejected>(Check(hundred + "c")).Reason;
        Assert.Equal(Filled(English[Length]), reason.En);
        Assert.Equal(Filled(Telugu[Length]), reason.Te);
    }

    [Theory]
    [InlineData("Ravi2", Digits)]
    [InlineData("123456789012", Digits)]
    [InlineData("4991 1866 5246", Digits)]
    [InlineData("+91 98480 22338", Digits)]
    [InlineData("Ravi Kumar 45", Digits)]
    [InlineData("రవి ౪౫", Digits)]
    [InlineData("😀", Characters)]
    [InlineData("Ravi 🙏", Characters)]
    [InlineData("http://x", Characters)]
    [InlineData("www.ravikumar", Characters)]
    [InlineData("ravikumar.com", Characters)]
    [InlineData("ravi@mail", Characters)]
    [InlineData("Ravi, Kumar", Characters)]
    [InlineData("-Ravi", Characters)]
    [InlineData("Ravi-", Characters)]
    [InlineData("Ravi - Kumar", Characters)]
    [InlineData(".Ravi", Characters)]
    [InlineData("K..Ravi", Characters)]
    [InlineData("'Ravi", Characters)]
    [InlineData("रवि", Characters)]
    [InlineData("Рави", Characters)]
    [InlineData("ి రవి", Characters)]
    [InlineData("Ravi\u200CKumar", Characters)]
    [InlineData("A", Length)]
    [InlineData(" K ", Length)]
    [InlineData("K.", Length)]
    public void Refuses_what_is_not_a_name_with_the_language_files_reason(string typed, string key)
    {
        var reason = Assert.IsType<Rejected>(Check(typed)).Reason;

        Assert.Equal(Filled(English[key]), reason.En);
        Assert.Equal(Filled(Telugu[key]), reason.Te);
        Assert.NotEqual(reason.En, reason.Te);
    }

    [Fact]
    public void The_length_reason_states_both_limits()
    {
        var reason = Assert.IsType<Rejected>(Check("A")).Reason;
        Assert.Contains("2 to 100", reason.En, StringComparison.Ordinal);
        Assert.Contains("100", reason.Te, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tap_is_not_a_name()
    {
        var reason = Assert.IsType<Rejected>(Validators.Check(Input(InputKind.PersonName), Tap("form:pick:x:y"))).Reason;
        Assert.Equal(ShippedLanguages.Texts.Forms.FreeTextType, reason);
    }

    private static string Filled(string text) =>
        string.Format(CultureInfo.InvariantCulture, text, PersonNameValidator.MinLength, PersonNameValidator.MaxLength);
}
