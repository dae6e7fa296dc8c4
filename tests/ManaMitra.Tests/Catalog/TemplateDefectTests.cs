using System.Text.Json.Nodes;
using ManaMitra.Catalog;
using ManaMitra.Catalog.Templates;
using ManaMitra.Conversations;

namespace ManaMitra.Tests.Catalog;

/// <summary>
/// Each defect an official can make in <c>templates.json</c> that Meta's review (or the senders) would trip over, and
/// the exact message that points at it. Every test breaks one thing in a copy of the shipped file.
/// </summary>
public sealed class TemplateDefectTests : IDisposable
{
    private const string File = "catalog/templates.json: ";
    private const string Approved = File + "templates[0] (application_approved): ";
    private const string Rejected = File + "templates[1] (application_rejected): ";

    private readonly string _parent = Path.Combine(Path.GetTempPath(), "manamitra-templates-" + Guid.NewGuid().ToString("N"));
    private readonly JsonObject _file = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(CatalogLoader.DefaultDirectory, TemplateLoader.FileName)))!.AsObject();

    public TemplateDefectTests() => Directory.CreateDirectory(Folder);

    private string Folder => Path.Combine(_parent, "catalog");

    private JsonObject Template(int index) => _file["templates"]![index]!.AsObject();

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void The_unbroken_copy_loads_with_every_template_the_chat_sends()
    {
        var registry = Load();

        Assert.Equal(TemplateChoice.Needs.Keys.Order(StringComparer.Ordinal), registry.All.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(registry.All, t => Assert.Equal(["en", "te"], t.Bodies.Keys.Order(StringComparer.Ordinal)));
        Assert.Equal(["reference", "service", "reason"], registry[TemplateChoice.Rejected].Parameters);
    }

    [Fact]
    public void Missing_file()
    {
        var error = Assert.Throws<CatalogException>(() => TemplateLoader.Load(Folder, ShippedLanguages.Texts.Languages, TemplateChoice.Needs));

        Assert.Equal([$"{File}not found (looked for {Path.Combine(Folder, TemplateLoader.FileName)})"], error.Errors);
    }

    [Fact]
    public void Malformed_json_names_the_file()
    {
        System.IO.File.WriteAllText(Path.Combine(Folder, TemplateLoader.FileName), "{\"templates\": [}");

        var error = Assert.Throws<CatalogException>(() => TemplateLoader.Load(Folder, ShippedLanguages.Texts.Languages, TemplateChoice.Needs));

        Assert.StartsWith($"{File}malformed JSON at line 1", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Application_Approved")]
    [InlineData("application-approved")]
    public void Name_not_in_lowercase_letters_digits_and_underscores(string name)
    {
        Template(0)["name"] = name;

        Assert.Contains($"{File}templates[0] ({name}): name \"{name}\" must be lowercase letters, digits and underscores, at most 512", Errors());
    }

    [Fact]
    public void Name_longer_than_512()
    {
        var name = new string('a', 513);
        Template(0)["name"] = name;

        Assert.Contains($"{File}templates[0] ({name}): name \"{name}\" must be lowercase letters, digits and underscores, at most 512", Errors());
    }

    [Fact]
    public void Name_used_twice()
    {
        Template(1)["name"] = "application_approved";

        Assert.Contains($"{File}templates[1] (application_approved): name \"application_approved\" is already used by templates[0]", Errors());
    }

    [Fact]
    public void Category_other_than_utility()
    {
        Template(0)["category"] = "marketing";

        Assert.Equal([$"{Approved}category \"marketing\" is not supported: only \"utility\", messages about the citizen's own requests"], Errors());
    }

    [Fact]
    public void Body_missing_in_an_offered_language()
    {
        Template(0)["body"]!.AsObject().Remove("te");

        Assert.Equal([$"{Approved}body.te is missing"], Errors());
    }

    [Fact]
    public void Body_in_a_language_the_catalog_does_not_offer()
    {
        Template(0)["body"]!["hi"] = "आपका आवेदन {{1}} ({{2}}) स्वीकृत हो गया है।";

        Assert.Equal([$"{Approved}body.hi is not a known field"], Errors());
    }

    [Fact]
    public void Body_without_its_language_s_script()
    {
        Template(0)["body"]!["te"] = (string?)Template(0)["body"]!["en"];

        Assert.Equal([$"{Approved}body.te has no Telugu script: \"{Template(0)["body"]!["en"]}\""], Errors());
    }

    [Fact]
    public void Body_longer_than_1024()
    {
        Template(0)["body"]!["en"] = "Your application {{1}} for {{2}} is approved." + new string('!', 1000);

        Assert.Equal([$"{Approved}body.en is 1045 characters; Meta allows at most 1024"], Errors());
    }

    [Fact]
    public void Parameters_with_a_gap()
    {
        Template(1)["body"]!["en"] = "Your application {{1}} was not approved. Reason: {{3}}. Apply again.";

        Assert.Equal([$"{Rejected}body.en uses {{{{1}}}}, {{{{3}}}}; it must use each of {{{{1}}}} to {{{{3}}}} without gaps, one per parameter"], Errors());
    }

    [Fact]
    public void More_parameters_than_listed()
    {
        Template(0)["body"]!["en"] = "Your application {{1}} for {{2}} is approved on {{3}}. Welcome.";

        Assert.Equal([$"{Approved}body.en uses {{{{1}}}}, {{{{2}}}}, {{{{3}}}}; it must use each of {{{{1}}}} to {{{{2}}}} without gaps, one per parameter"], Errors());
    }

    [Fact]
    public void Parameter_not_numbered()
    {
        Template(0)["body"]!["en"] = "Your application {{1}} for {{service}} is approved.";

        Assert.Equal(
            [
                $"{Approved}body.en has {{{{service}}}}; parameters are written {{{{1}}}}, {{{{2}}}}…",
                $"{Approved}body.en uses {{{{1}}}}; it must use each of {{{{1}}}} to {{{{2}}}} without gaps, one per parameter",
            ],
            Errors());
    }

    [Theory]
    [InlineData("{{1}}: your application for {{2}} is approved.", "starts with a parameter (Meta refuses that)")]
    [InlineData("Your application {{1}} is approved for {{2}}", "ends with a parameter (Meta refuses that)")]
    [InlineData("Your application {{1}} {{2}} is approved.", "has two parameters side by side (Meta refuses that)")]
    public void Parameter_where_Meta_refuses_it(string body, string defect)
    {
        Template(0)["body"]!["en"] = body;

        Assert.Equal([$"{Approved}body.en {defect}"], Errors());
    }

    [Fact]
    public void Parameter_the_sender_cannot_fill()
    {
        Template(1)["parameters"]![2] = "colour";

        Assert.Equal([$"{Rejected}parameters[2] \"colour\" is not one the sender fills in (reason, reference, service)"], Errors());
    }

    [Fact]
    public void Template_the_chat_sends_is_missing()
    {
        _file["templates"]!.AsArray().RemoveAt(3);

        Assert.Equal([$"{File}template \"document_ready\" is missing (notifications outside the 24-hour window send it)"], Errors());
    }

    [Fact]
    public void More_than_ten_buttons()
    {
        var buttons = Template(0)["buttons"]!.AsArray();
        for (var i = 1; i <= 10; i++)
        {
            buttons.Add(new JsonObject { ["payload"] = $"b{i}", ["text"] = new JsonObject { ["en"] = $"Option {i}", ["te"] = $"ఎంపిక {i}" } });
        }

        Assert.Equal([$"{Approved}buttons has 11; Meta allows at most 10"], Errors());
    }

    [Fact]
    public void Quick_reply_text_longer_than_25()
    {
        Template(0)["buttons"]![0]!["text"]!["en"] = "Take me back to the main menu";

        Assert.Equal([$"{Approved}buttons[0].text.en is 29 characters; Meta allows at most 25"], Errors());
    }

    [Fact]
    public void Quick_reply_without_a_payload()
    {
        Template(0)["buttons"]![0]!.AsObject().Remove("payload");

        Assert.Equal([$"{Approved}buttons[0].payload is missing"], Errors());
    }

    [Fact]
    public void Payload_naming_what_is_not_a_parameter()
    {
        Template(1)["buttons"]![0]!["payload"] = "appeal:{application}";

        Assert.Equal([$"{Rejected}buttons[0].payload has {{application}}, which is not one of the template's parameters"], Errors());
    }

    [Fact]
    public void A_payload_names_its_request_when_sent()
    {
        var reply = Load()[TemplateChoice.Rejected].Reply("en", new Dictionary<string, string>
        {
            ["reference"] = "REV-INC-2026-000001", ["service"] = "Income Certificate", ["reason"] = "Income proof is missing.",
        });

        Assert.Equal(["appeal:REV-INC-2026-000001", "nav:menu"], reply.ButtonPayloads);
    }

    [Fact]
    public void Header_is_not_supported()
    {
        Template(0)["header"] = new JsonObject { ["en"] = "Good news", ["te"] = "శుభవార్త" };

        Assert.Equal([$"{Approved}header is not a known field"], Errors());
    }

    [Fact]
    public void Every_defect_at_once()
    {
        Template(0)["category"] = null;
        Template(1)["body"]!.AsObject().Remove("en");

        Assert.Equal([$"{Approved}category is missing (\"utility\")", $"{Rejected}body.en is missing"], Errors());
    }

    private TemplateRegistry Load()
    {
        System.IO.File.WriteAllText(Path.Combine(Folder, TemplateLoader.FileName), _file.ToJsonString());
        return TemplateLoader.Load(Folder, ShippedLanguages.Texts.Languages, TemplateChoice.Needs);
    }

    private IReadOnlyList<string> Errors() => Assert.Throws<CatalogException>(Load).Errors;
}
