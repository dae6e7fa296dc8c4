using System.Text.Json.Nodes;
using ManaMitra.Catalog;

namespace ManaMitra.Tests.Catalog;

/// <summary>Each defect an official can make in the files, and the exact message that points at it.</summary>
public sealed class CatalogDefectTests : IDisposable
{
    private const string Revenue = "catalog/departments/revenue.json";
    private const string Income = Revenue + ": services[0] (income-certificate): ";
    private const string Fulfilments = "record, application, payment, booking, grievance, information";

    // Issue #13's table, written out here rather than read from FulfilmentRules, so a rule that drifts from it fails.
    private static readonly (string Handler, string Fulfilment)[] FittingPairs =
    [
        ("IssueCertificate", "application"),
        ("FetchDocument", "record"),
        ("PayBill", "payment"),
        ("BookSlot", "booking"),
        ("RaiseGrievance", "grievance"),
        ("Information", "information"),
        ("TrackStatus", "information"),
        ("TrackStatus", "record"),
    ];

    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public void The_unbroken_temp_catalog_loads()
    {
        var catalog = _catalog.Load();

        var (department, service) = catalog.FindService("income-certificate")!.Value;
        Assert.Equal("revenue", department.Id);
        Assert.Equal(HandlerKind.IssueCertificate, service.Handler);
        Assert.Equal(Fulfilment.Application, service.Fulfilment);
        Assert.Equal(45m, service.Fee);
        Assert.Equal(["education", "employment"], service.Inputs[1].Choices.Select(c => c.Id));
    }

    [Fact]
    public void Missing_manifest()
    {
        var error = Assert.Throws<CatalogException>(() => CatalogLoader.Load(_catalog.Directory));

        var expected = $"catalog/catalog.json: manifest not found (looked for {Path.Combine(_catalog.Directory, "catalog.json")})";
        Assert.Equal([expected], error.Errors);
    }

    [Fact]
    public void Malformed_json_names_line_and_position()
    {
        _catalog.Load();
        File.WriteAllText(Path.Combine(_catalog.Directory, "departments", "revenue.json"), "{\n  \"id\": \"revenue\",\n  \"name\": {\"en\": \"Revenue\" \"te\": \"x\"}\n}");

        var error = Assert.Throws<CatalogException>(() => CatalogLoader.Load(_catalog.Directory));

        Assert.Equal($"{Revenue}: malformed JSON at line 3, position 28 ($.name)", Assert.Single(error.Errors));
    }

    [Fact]
    public void Value_of_the_wrong_type_names_its_path()
    {
        _catalog.IncomeCertificate["fee"] = "forty-five";

        var errors = _catalog.Errors();

        // The reader reports the position just past the offending value.
        var text = File.ReadAllText(Path.Combine(_catalog.Directory, "departments", "revenue.json"));
        var position = text.IndexOf("\"forty-five\"", StringComparison.Ordinal) + "\"forty-five\"".Length + 1;
        Assert.Equal($"{Revenue}: malformed JSON at line 1, position {position} ($.services[0].fee)", Assert.Single(errors));
    }

    [Fact]
    public void Repeated_json_property()
    {
        _catalog.Load();
        File.WriteAllText(Path.Combine(_catalog.Directory, "catalog.json"), """{"schemaVersion": 1, "version": "1", "version": "2", "departments": []}""");

        var error = Assert.Throws<CatalogException>(() => CatalogLoader.Load(_catalog.Directory));

        // Just past the second "version" value.
        Assert.Equal("catalog/catalog.json: malformed JSON at line 1, position 52 ($.version)", Assert.Single(error.Errors));
    }

    [Fact]
    public void Manifest_lists_a_missing_file()
    {
        _catalog.Manifest["departments"]!.AsArray().Add("departments/health.json");

        Assert.Equal(["catalog/catalog.json: departments[1]: file \"departments/health.json\" not found"], _catalog.Errors());
    }

    [Fact]
    public void Manifest_lists_a_file_twice()
    {
        _catalog.Manifest["departments"]!.AsArray().Add("departments/revenue.json");

        Assert.Equal(["catalog/catalog.json: departments[1]: \"departments/revenue.json\" is already listed at departments[0]"], _catalog.Errors());
    }

    [Fact]
    public void Unknown_schema_version()
    {
        _catalog.Manifest["schemaVersion"] = 2;

        Assert.Equal(["catalog/catalog.json: schemaVersion 2 is not supported (this build reads 1)"], _catalog.Errors());
    }

    [Fact]
    public void Manifest_without_version_or_departments()
    {
        _catalog.Manifest.Remove("version");
        _catalog.Manifest["departments"] = new JsonArray();

        Assert.Equal(["catalog/catalog.json: version is missing", "catalog/catalog.json: departments is empty"], _catalog.Errors());
    }

    [Fact]
    public void Missing_telugu_name()
    {
        _catalog.IncomeCertificate["name"]!.AsObject().Remove("te");

        Assert.Equal([$"{Income}name.te is missing"], _catalog.Errors());
    }

    [Fact]
    public void Blank_english_description_of_a_department()
    {
        _catalog.RevenueFile["description"]!["en"] = "  ";

        Assert.Equal([$"{Revenue}: description.en is blank"], _catalog.Errors());
    }

    [Fact]
    public void Missing_description_object()
    {
        _catalog.IncomeCertificate.Remove("description");

        Assert.Equal([$"{Income}description is missing"], _catalog.Errors());
    }

    [Fact]
    public void Telugu_text_without_telugu_script()
    {
        _catalog.Input(1)["prompt"]!["te"] = "What is it for?";

        Assert.Equal([$"{Income}inputs[1] (purpose): prompt.te has no Telugu script: \"What is it for?\""], _catalog.Errors());
    }

    [Fact]
    public void Description_too_long_for_a_whatsapp_list_row()
    {
        _catalog.IncomeCertificate["description"]!["en"] = new string('x', 73);

        Assert.Equal([$"{Income}description.en is 73 characters; WhatsApp shows at most 72"], _catalog.Errors());
    }

    [Theory]
    [InlineData("Income_Certificate")]
    [InlineData("income--certificate")]
    [InlineData("-income")]
    public void Bad_service_id(string id)
    {
        _catalog.IncomeCertificate["id"] = id;

        Assert.Equal([$"{Revenue}: services[0] ({id}): id \"{id}\" is not lowercase kebab-case (like \"income-certificate\")"], _catalog.Errors());
    }

    [Fact]
    public void Missing_department_id()
    {
        _catalog.RevenueFile.Remove("id");

        Assert.Equal([$"{Revenue}: id is missing"], _catalog.Errors());
    }

    [Fact]
    public void Duplicate_department_id_names_both_files()
    {
        _catalog.AddDepartment("departments/revenue-copy.json", TempCatalog.Department("revenue", TempCatalog.Service("caste-certificate")));

        Assert.Equal(["catalog/departments/revenue-copy.json: id \"revenue\" is already used by catalog/departments/revenue.json"], _catalog.Errors());
    }

    [Fact]
    public void A_department_cannot_take_the_platforms_own_issuer_id()
    {
        _catalog.AddDepartment("departments/manamitra.json", TempCatalog.Department(ServiceCatalog.PlatformIssuer, TempCatalog.Service("caste-certificate")));

        Assert.Equal(["catalog/departments/manamitra.json: id \"manamitra\" is already used by ManaMitra itself"], _catalog.Errors());
    }

    [Fact]
    public void Duplicate_service_id_across_files_names_both_places()
    {
        _catalog.AddDepartment("departments/health.json", TempCatalog.Department("health", TempCatalog.Service("birth-certificate"), TempCatalog.Service("income-certificate")));

        Assert.Equal(
            ["catalog/departments/health.json: services[1] (income-certificate): id \"income-certificate\" is already used by catalog/departments/revenue.json services[0]"],
            _catalog.Errors());
    }

    [Fact]
    public void Unknown_handler_kind()
    {
        _catalog.IncomeCertificate["handler"] = "issueCertificate";

        Assert.Equal(
            [$"{Income}handler \"issueCertificate\" is not one of IssueCertificate, FetchDocument, PayBill, BookSlot, TrackStatus, RaiseGrievance, Information"],
            _catalog.Errors());
    }

    [Fact]
    public void Numeric_handler_is_not_a_kind()
    {
        _catalog.IncomeCertificate["handler"] = "0";

        Assert.Single(_catalog.Errors(), e => e.StartsWith($"{Income}handler \"0\" is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_fulfilment()
    {
        _catalog.IncomeCertificate.Remove("fulfilment");

        Assert.Equal([$"{Income}fulfilment is missing (one of {Fulfilments})"], _catalog.Errors());
    }

    [Theory]
    [InlineData("Record")]
    [InlineData("0")]
    [InlineData("certificate")]
    [InlineData("")]
    public void Unknown_fulfilment(string fulfilment)
    {
        _catalog.IncomeCertificate["fulfilment"] = fulfilment;

        Assert.Equal([$"{Income}fulfilment \"{fulfilment}\" is not one of {Fulfilments}"], _catalog.Errors());
    }

    [Fact]
    public void Numeric_fulfilment_names_its_path()
    {
        _catalog.IncomeCertificate["fulfilment"] = 0;

        Assert.Single(_catalog.Errors(), e => e.StartsWith($"{Revenue}: malformed JSON at", StringComparison.Ordinal) && e.EndsWith("($.services[0].fulfilment)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("IssueCertificate", "record", "application")]
    [InlineData("FetchDocument", "application", "record")]
    [InlineData("Information", "record", "information")]
    [InlineData("TrackStatus", "application", "information or record")]
    [InlineData("PayBill", "information", "payment")]
    public void Fulfilment_that_does_not_fit_the_handler(string handler, string fulfilment, string serves)
    {
        _catalog.IncomeCertificate["handler"] = handler;
        _catalog.IncomeCertificate["fulfilment"] = fulfilment;

        Assert.Equal([$"{Income}fulfilment \"{fulfilment}\" does not fit handler {handler} (it serves {serves})"], _catalog.Errors());
    }

    public static TheoryData<string, string> EveryPair()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var handler in Enum.GetNames<HandlerKind>())
        {
            foreach (var fulfilment in Enum.GetValues<Fulfilment>())
            {
                pairs.Add(handler, fulfilment.Name());
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void A_handler_and_fulfilment_load_together_only_where_the_issue_allows(string handler, string fulfilment)
    {
        _catalog.IncomeCertificate["handler"] = handler;
        _catalog.IncomeCertificate["fulfilment"] = fulfilment;

        if (FittingPairs.Contains((handler, fulfilment)))
        {
            Assert.Equal(fulfilment, _catalog.Load().FindService("income-certificate")!.Value.Service.Fulfilment.Name());
        }
        else
        {
            var serves = string.Join(" or ", FittingPairs.Where(p => p.Handler == handler).Select(p => p.Fulfilment));
            Assert.Equal([$"{Income}fulfilment \"{fulfilment}\" does not fit handler {handler} (it serves {serves})"], _catalog.Errors());
        }
    }

    [Theory]
    [InlineData("from", "\"from\" is not \"#\" or one word with one \"_\" beside it (\"from _\", \"_ nundi\", \"_కి\")")]
    [InlineData("_ from _", "\"_ from _\" is not \"#\" or one word with one \"_\" beside it (\"from _\", \"_ nundi\", \"_కి\")")]
    [InlineData("from the _", "\"from the _\" is not \"#\" or one word with one \"_\" beside it (\"from _\", \"_ nundi\", \"_కి\")")]
    public void Slot_pattern_that_names_no_single_place(string pattern, string defect)
    {
        _catalog.Input(0)["slots"] = new JsonArray("#", pattern);

        Assert.Equal([$"{Income}inputs[0] (aadhaar): slots[1] {defect}"], _catalog.Errors());
    }

    [Theory]
    [InlineData("from _", "from", SlotPlace.AfterCue)]
    [InlineData("_ Nundi", "nundi", SlotPlace.BeforeCue)]
    [InlineData("_కి", "కి", SlotPlace.BeforeEnding)]
    [InlineData("#", "", SlotPlace.Number)]
    public void Slot_patterns_read(string pattern, string cue, SlotPlace place) =>
        Assert.Equal(new SlotPattern(cue, place), SlotPattern.Parse(pattern, out _));

    [Fact]
    public void Unknown_input_kind()
    {
        _catalog.Input(0)["kind"] = "AadhaarNumber";

        Assert.Equal(
            [$"{Income}inputs[0] (aadhaar): kind \"AadhaarNumber\" is not one of Aadhaar, Mobile, Date, PinCode, HallTicket, Amount, Choice, FreeText, Location, Photo, PersonName, Evidence, Otp"],
            _catalog.Errors());
    }

    [Fact]
    public void Choice_input_without_choices()
    {
        _catalog.Input(1).Remove("choices");

        Assert.Equal([$"{Income}inputs[1] (purpose): choices is missing (a Choice input needs at least one choice)"], _catalog.Errors());
    }

    [Fact]
    public void Choice_input_with_empty_choices()
    {
        _catalog.Input(1)["choices"] = new JsonArray();

        Assert.Equal([$"{Income}inputs[1] (purpose): choices is empty (a Choice input needs at least one choice)"], _catalog.Errors());
    }

    [Fact]
    public void A_printed_answer_without_a_label()
    {
        _catalog.Input(1).Remove("label");

        Assert.Equal(
            [$"{Income}inputs[1] (purpose): label is missing (IssueCertificate prints this answer beside it: a noun, like \"Darshan\" for \"Which darshan?\")"],
            _catalog.Errors());
    }

    [Theory]
    [InlineData("en", "What is it for?")]
    [InlineData("te", "ఇది దేనికోసం?")]
    public void A_label_that_is_a_question(string language, string question)
    {
        _catalog.Input(1)["label"]![language] = question;

        Assert.Equal([$"{Income}inputs[1] (purpose): label.{language} is a question (\"{question}\"); a printed label is a noun"], _catalog.Errors());
    }

    [Fact]
    public void An_answer_nobody_prints_needs_no_label()
    {
        _catalog.IncomeCertificate["handler"] = "RaiseGrievance";
        _catalog.IncomeCertificate["fulfilment"] = "grievance";
        _catalog.Input(0).Remove("label");

        _catalog.Load();
    }

    [Fact]
    public void Choices_on_a_non_choice_input()
    {
        _catalog.Input(0)["choices"] = new JsonArray();

        Assert.Equal([$"{Income}inputs[0] (aadhaar): choices is only allowed on a Choice input, not on Aadhaar"], _catalog.Errors());
    }

    [Fact]
    public void Duplicate_input_id_in_a_service()
    {
        _catalog.Input(1)["id"] = "aadhaar";

        Assert.Equal([$"{Income}inputs[1] (aadhaar): id \"aadhaar\" is already used by inputs[0]"], _catalog.Errors());
    }

    [Fact]
    public void Duplicate_choice_id_in_an_input()
    {
        _catalog.Input(1)["choices"]![1]!["id"] = "education";

        Assert.Equal([$"{Income}inputs[1] (purpose): choices[1] (education): id \"education\" is already used by choices[0]"], _catalog.Errors());
    }

    [Fact]
    public void Negative_fee()
    {
        _catalog.IncomeCertificate["fee"] = -45;

        Assert.Equal([$"{Income}fee -45 is negative"], _catalog.Errors());
    }

    [Fact]
    public void Negative_sla_days()
    {
        _catalog.IncomeCertificate["slaDays"] = -1;

        Assert.Equal([$"{Income}slaDays -1 is negative"], _catalog.Errors());
    }

    [Fact]
    public void Missing_fee_and_sla_days()
    {
        _catalog.IncomeCertificate.Remove("fee");
        _catalog.IncomeCertificate.Remove("slaDays");

        Assert.Equal([$"{Income}fee is missing (0 for a free service)", $"{Income}slaDays is missing (0 for an instant service)"], _catalog.Errors());
    }

    [Fact]
    public void Department_without_services()
    {
        _catalog.RevenueFile["services"] = new JsonArray();

        Assert.Equal([$"{Revenue}: services is empty (a department needs at least one service)"], _catalog.Errors());
    }

    [Fact]
    public void Misspelt_field_is_not_silently_ignored()
    {
        _catalog.IncomeCertificate["slaDay"] = 7;
        _catalog.IncomeCertificate["name"]!["tel"] = "ఆదాయం";

        Assert.Equal([$"{Income}slaDay is not a known field", $"{Income}name.tel is not a known field"], _catalog.Errors());
    }

    [Fact]
    public void Blank_keyword()
    {
        _catalog.IncomeCertificate["keywords"]!.AsArray().Add(" ");

        Assert.Equal([$"{Income}keywords[3] is blank"], _catalog.Errors());
    }

    [Fact]
    public void All_errors_are_reported_together_one_per_line()
    {
        _catalog.Manifest["departments"]!.AsArray().Add("departments/missing.json");
        _catalog.RevenueFile["name"]!["te"] = "Revenue";
        _catalog.IncomeCertificate["name"]!.AsObject().Remove("te");
        _catalog.IncomeCertificate["fee"] = -1;
        _catalog.Input(1).Remove("choices");
        var health = TempCatalog.Department("health", TempCatalog.Service("income-certificate"));
        health["services"]![0]!["handler"] = "Certificate";
        _catalog.AddDepartment("departments/health.json", health);

        var error = Assert.Throws<CatalogException>(_catalog.Load);

        string[] expected =
        [
            $"{Revenue}: name.te has no Telugu script: \"Revenue\"",
            $"{Income}name.te is missing",
            $"{Income}fee -1 is negative",
            $"{Income}inputs[1] (purpose): choices is missing (a Choice input needs at least one choice)",
            "catalog/catalog.json: departments[1]: file \"departments/missing.json\" not found",
            "catalog/departments/health.json: services[0] (income-certificate): id \"income-certificate\" is already used by catalog/departments/revenue.json services[0]",
            "catalog/departments/health.json: services[0] (income-certificate): handler \"Certificate\" is not one of IssueCertificate, FetchDocument, PayBill, BookSlot, TrackStatus, RaiseGrievance, Information",
        ];
        Assert.Equal(expected, error.Errors);
        Assert.Equal(string.Join('\n', expected), error.Message);
    }
}
