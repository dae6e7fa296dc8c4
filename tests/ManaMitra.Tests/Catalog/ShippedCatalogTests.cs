using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Tests.Catalog;

/// <summary>The catalog the repository ships loads, and says what its files say.</summary>
public sealed class ShippedCatalogTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public void Loads_every_department_and_service_the_files_list_in_menu_order()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(CatalogLoader.DefaultDirectory, "catalog.json")));
        var files = manifest.RootElement.GetProperty("departments").EnumerateArray().Select(f => f.GetString()!).ToList();
        var fromFiles = files
            .Select(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(CatalogLoader.DefaultDirectory, f))).RootElement)
            .Select(d => (Id: d.GetProperty("id").GetString(), Services: d.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList()))
            .ToList();

        Assert.Equal(manifest.RootElement.GetProperty("version").GetString(), Catalog.Version);
        Assert.Equal(fromFiles.Select(d => d.Id), Catalog.Departments.Select(d => d.Id));
        Assert.Equal(fromFiles.Sum(d => d.Services.Count), Catalog.Departments.Sum(d => d.Services.Count));
        foreach (var (id, services) in fromFiles)
        {
            Assert.Equal(services, Catalog.FindDepartment(id!)!.Services.Select(s => s.Id));
        }
    }

    [Fact]
    public void Covers_the_state_government_with_at_least_36_departments_and_738_services()
    {
        Assert.InRange(Catalog.Departments.Count, 36, int.MaxValue);
        Assert.InRange(Catalog.Departments.Sum(d => d.Services.Count), 738, int.MaxValue);
        Assert.All(Catalog.Departments.Where(d => d.Id != "grievances"), d => Assert.InRange(d.Services.Count, 5, int.MaxValue));
        Assert.Equal("revenue", Catalog.Departments[0].Id);
        Assert.Equal("grievances", Catalog.Departments[^1].Id);
        Assert.Equal(HandlerKind.RaiseGrievance, Catalog.FindService("raise-grievance")!.Value.Service.Handler);
    }

    [Fact]
    public void Keeps_every_published_department_and_service_id_where_it_was()
    {
        // Conversations in flight and documents already issued name these ids; growing the catalog must not move them.
        var published = new Dictionary<string, string[]>
        {
            ["revenue"] =
            [
                "income-certificate", "caste-certificate", "integrated-certificate", "obc-certificate", "residence-certificate",
                "ews-certificate", "land-records", "family-member-certificate",
            ],
            ["school-education"] = ["ssc-hall-ticket", "ssc-results", "ssc-marks-memo", "migration-certificate", "transfer-certificate"],
            ["health"] = ["aarogyasri-card-status", "aarogyasri-hospitals", "hospital-info", "emergency-services", "blood-banks"],
            ["municipal-administration"] = ["property-tax", "water-tax", "trade-licence", "birth-certificate", "death-certificate", "civic-issue"],
            ["energy"] = ["electricity-bill", "electricity-bill-copy", "new-connection-status", "power-complaint", "power-outage-info"],
            ["apsrtc"] = ["bus-ticket", "ticket-status", "student-bus-pass", "bus-pass-status", "bus-timings", "free-bus-travel"],
            ["endowments"] = ["darshan-booking", "accommodation-booking", "temple-booking-status", "e-hundi", "temple-timings"],
            ["civil-supplies"] = ["ration-card-status", "ration-card-details", "ration-entitlement", "ration-shop", "ration-complaint"],
            ["grievances"] = ["raise-grievance", "grievance-status"],
        };

        Assert.All(published, department =>
            Assert.All(department.Value, service => Assert.Equal(department.Key, Catalog.FindService(service)!.Value.Department.Id)));
    }

    [Fact]
    public void Has_the_services_citizens_ask_for_most_in_the_department_that_delivers_them()
    {
        (string Service, string Department, HandlerKind Handler)[] expected =
        [
            ("inter-hall-ticket", "intermediate-education", HandlerKind.FetchDocument),
            ("inter-results", "intermediate-education", HandlerKind.FetchDocument),
            ("srisailam-darshan", "endowments", HandlerKind.BookSlot),
            ("srisailam-accommodation", "endowments", HandlerKind.BookSlot),
            ("pension-status", "panchayat-raj", HandlerKind.TrackStatus),
            ("cmrf-reimbursement", "cmrf", HandlerKind.IssueCertificate),
            ("cmrf-status", "cmrf", HandlerKind.TrackStatus),
            ("driving-licence", "transport", HandlerKind.IssueCertificate),
            ("encumbrance-certificate", "registration", HandlerKind.FetchDocument),
            ("house-tax", "panchayat-raj", HandlerKind.PayBill),
            ("sand-booking", "mines-geology", HandlerKind.BookSlot),
        ];

        Assert.All(expected, e =>
        {
            var (department, service) = Catalog.FindService(e.Service)!.Value;
            Assert.Equal((e.Department, e.Handler), (department.Id, service.Handler));
        });
    }

    [Fact]
    public void Every_document_issuing_service_has_a_record_or_an_official_behind_it()
    {
        var documents = Services().Where(s => s.Handler is HandlerKind.IssueCertificate or HandlerKind.FetchDocument).ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, s => Assert.True(s.Fulfilment is Fulfilment.Record or Fulfilment.Application, $"{s.Id}: {s.Handler} is {s.Fulfilment.Name()}"));
    }

    [Fact]
    public void Counts_per_fulfilment_are_what_the_files_declare_and_every_fulfilment_is_used()
    {
        // Read the files directly rather than through the loader, so a value the loader mistook or defaulted shows.
        var declared = DepartmentFiles()
            .SelectMany(d => d.GetProperty("services").EnumerateArray())
            .GroupBy(s => s.GetProperty("fulfilment").GetString()!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var loaded = Services().GroupBy(s => s.Fulfilment.Name(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Equal(declared.OrderBy(c => c.Key, StringComparer.Ordinal), loaded.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<Fulfilment>().Select(f => f.Name()).Order(StringComparer.Ordinal), loaded.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_record_is_delivered_at_once()
    {
        Assert.All(Services().Where(s => s.Fulfilment == Fulfilment.Record), s => Assert.True(s.SlaDays == 0, $"{s.Id}: a record with slaDays {s.SlaDays}"));
    }

    [Fact]
    public void An_application_waits_for_an_official_but_for_the_instant_registrations_left_to_classify()
    {
        // Issued at once though no record or official stands behind them: docs/FULFILMENT.md lists them as follow-ups.
        // Take a service off this list when it is reclassified; never add one to make this test pass.
        string[] instantRegistrations =
        [
            "ekyc-pm-kisan", "link-mobile-to-service", "abha-health-id", "organ-donor-pledge", "eshram-card",
            "life-certificate", "lost-property-report", "public-data-entry", "property-alert",
        ];

        var instant = Services().Where(s => s.Fulfilment == Fulfilment.Application && s.SlaDays == 0).Select(s => s.Id);

        Assert.Equal(instantRegistrations.Order(StringComparer.Ordinal), instant.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Landmark_services_declare_what_the_citizen_really_gets()
    {
        (string Service, Fulfilment Fulfilment)[] expected =
        [
            ("income-certificate", Fulfilment.Application),
            ("land-records", Fulfilment.Record),
            // A signed copy of the 1-B the land register already holds: no Tahsildar decides it.
            ("signed-1b-extract", Fulfilment.Record),
            ("ssc-results", Fulfilment.Record),
            ("pension-status", Fulfilment.Record),
            ("electricity-bill", Fulfilment.Payment),
            ("darshan-booking", Fulfilment.Booking),
            ("raise-grievance", Fulfilment.Grievance),
            ("blood-banks", Fulfilment.Information),
        ];

        Assert.Equal(expected, expected.Select(e => (e.Service, Catalog.FindService(e.Service)!.Value.Service.Fulfilment)));
    }

    [Fact]
    public void Every_choice_is_a_short_list_whose_labels_fit_a_whatsapp_row()
    {
        var choices = Catalog.Departments.SelectMany(d => d.Services).SelectMany(s => s.Inputs).Where(i => i.Kind == InputKind.Choice).ToList();

        Assert.All(choices, input => Assert.InRange(input.Choices.Count, 1, 10));
        Assert.All(choices.SelectMany(i => i.Choices), c =>
        {
            Assert.InRange(c.Label.En.Length, 1, 24);
            Assert.InRange(c.Label.Te.Length, 1, 24);
        });
    }

    [Fact]
    public void Service_ids_are_unique_across_the_catalog()
    {
        var ids = Catalog.Departments.SelectMany(d => d.Services).Select(s => s.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_telugu_text_is_in_telugu_script()
    {
        var telugu = Texts().Select(t => t.Te).ToList();

        Assert.NotEmpty(telugu);
        Assert.All(telugu, te => Assert.Contains(te, c => c is >= '\u0C00' and <= '\u0C7F'));
    }

    [Fact]
    public void Names_and_descriptions_fit_whatsapp_list_rows()
    {
        var items = Catalog.Departments.Select(d => (d.Name, d.Description))
            .Concat(Catalog.Departments.SelectMany(d => d.Services).Select(s => (s.Name, s.Description)));

        Assert.All(items, item =>
        {
            Assert.InRange(item.Name.En.Length, 1, 24);
            Assert.InRange(item.Name.Te.Length, 1, 24);
            Assert.InRange(item.Description.En.Length, 1, 72);
            Assert.InRange(item.Description.Te.Length, 1, 72);
        });
    }

    [Fact]
    public void Every_handler_and_input_kind_is_exercised_so_the_sandbox_covers_them_all()
    {
        var services = Catalog.Departments.SelectMany(d => d.Services).ToList();

        Assert.Equal(Enum.GetValues<HandlerKind>().Order(), services.Select(s => s.Handler).Distinct().Order());
        Assert.Equal(Enum.GetValues<InputKind>().Order(), services.SelectMany(s => s.Inputs).Select(i => i.Kind).Distinct().Order());
    }

    [Fact]
    public void Every_service_can_be_found_in_english_telugu_script_and_transliterated_telugu()
    {
        Assert.All(Catalog.Departments.SelectMany(d => d.Services), s =>
        {
            Assert.Contains(s.Keywords, k => k.Any(c => c is >= '\u0C00' and <= '\u0C7F'));
            Assert.Contains(s.Keywords, k => k.Any(char.IsAsciiLetter));
        });
        Assert.Contains("aadaya dhruvikarana patram", Catalog.FindService("income-certificate")!.Value.Service.Keywords);
        Assert.Contains("kula dhruvikarana patram", Catalog.FindService("caste-certificate")!.Value.Service.Keywords);
        Assert.Contains("karent bill", Catalog.FindService("electricity-bill")!.Value.Service.Keywords);
        Assert.Contains("current bill", Catalog.FindService("electricity-bill")!.Value.Service.Keywords);
    }

    [Fact]
    public void Income_certificate_asks_what_the_tahsildar_needs()
    {
        var (department, service) = Catalog.FindService("income-certificate")!.Value;

        Assert.Equal("revenue", department.Id);
        Assert.Equal(HandlerKind.IssueCertificate, service.Handler);
        Assert.Equal(
            [("aadhaar", InputKind.Aadhaar), ("applicant-name", InputKind.PersonName), ("annual-income", InputKind.Amount), ("purpose", InputKind.Choice), ("mobile", InputKind.Mobile)],
            service.Inputs.Select(i => (i.Id, i.Kind)));
        Assert.NotEmpty(service.Inputs.Single(i => i.Kind == InputKind.Choice).Choices);
    }

    [Fact]
    public void Inputs_that_ask_whose_name_take_a_person_name_and_no_other_input_does()
    {
        // The id says whose name an input asks for. A firm, society, club or group ("business-name", "shg-name") is no
        // person, and the missing person's "name and age" keeps its digits, so neither is on this list.
        string[] persons = ["applicant", "father", "mother", "spouse", "husband", "wife", "deceased", "child", "nominee", "bride", "groom", "member", "owner", "guardian", "passenger"];
        var personIds = persons.Select(p => $"{p}-name").ToHashSet(StringComparer.Ordinal);
        var inputs = Catalog.Departments.SelectMany(d => d.Services).SelectMany(s => s.Inputs.Select(i => (Where: $"{s.Id}/{i.Id}", i.Id, i.Kind))).ToList();

        Assert.Empty(inputs.Where(i => personIds.Contains(i.Id) != (i.Kind == InputKind.PersonName)).Select(i => $"{i.Where}: {i.Kind}"));
        Assert.Contains(inputs, i => i.Where == "birth-certificate/mother-name" && i.Kind == InputKind.PersonName);
        Assert.Contains(inputs, i => i.Where == "trade-licence/business-name" && i.Kind == InputKind.FreeText);
        Assert.Contains(inputs, i => i.Where == "missing-person/person-name" && i.Kind == InputKind.FreeText);
    }

    [Fact]
    public void Birth_and_death_certificates_come_from_the_municipal_registrar()
    {
        Assert.Equal("municipal-administration", Catalog.FindService("birth-certificate")!.Value.Department.Id);
        Assert.Equal("municipal-administration", Catalog.FindService("death-certificate")!.Value.Department.Id);
    }

    private static IEnumerable<Service> Services() => Catalog.Departments.SelectMany(d => d.Services);

    private static IEnumerable<JsonElement> DepartmentFiles() =>
        Json(CatalogLoader.ManifestFileName).GetProperty("departments").EnumerateArray().Select(f => Json(f.GetString()!));

    private static JsonElement Json(string relativePath) =>
        JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(Path.Combine(CatalogLoader.DefaultDirectory, relativePath)));

    private static IEnumerable<LocalizedText> Texts() =>
        Catalog.Departments.SelectMany(d => new[] { d.Name, d.Description }.Concat(d.Services.SelectMany(s =>
            new[] { s.Name, s.Description }
                .Concat(s.Inputs.Select(i => i.Prompt))
                .Concat(s.Inputs.SelectMany(i => i.Choices).Select(c => c.Label)))));
}
