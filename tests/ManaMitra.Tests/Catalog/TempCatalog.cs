using System.Text.Json.Nodes;
using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Tests.Catalog;

/// <summary>
/// A small valid catalog written to a fresh temporary folder named "catalog", so a test can break
/// one thing and check the exact message (which names files as "catalog/..."). Its language files
/// start as copies of the shipped ones.
/// </summary>
internal sealed class TempCatalog : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "manamitra-catalog-" + Guid.NewGuid().ToString("N"));

    public TempCatalog()
    {
        Directory = Path.Combine(_parent, "catalog");
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "departments"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, LanguageFiles.Folder));
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(CatalogLoader.DefaultDirectory, LanguageFiles.Folder), "*.json"))
        {
            LanguageFile[Path.GetFileNameWithoutExtension(file)] = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        }

        Manifest = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["version"] = "2026.11.1",
            ["languages"] = new JsonArray("te", "en"),
            ["fallbackLanguage"] = "en",
            ["documentLanguages"] = new JsonArray("te", "en"),
            ["departments"] = new JsonArray("departments/revenue.json"),
        };
        Departments["departments/revenue.json"] = Department("revenue", Service("income-certificate"));
    }

    public string Directory { get; }

    public JsonObject Manifest { get; }

    /// <summary>Language files by language code, as they will be written.</summary>
    public Dictionary<string, JsonObject> LanguageFile { get; } = [];

    /// <summary>Department files by their path relative to the catalog folder.</summary>
    public Dictionary<string, JsonObject> Departments { get; } = [];

    /// <summary>The revenue department as it will be written.</summary>
    public JsonObject RevenueFile => Departments["departments/revenue.json"];

    public JsonObject IncomeCertificate => RevenueFile["services"]![0]!.AsObject();

    public JsonObject Input(int input) => IncomeCertificate["inputs"]![input]!.AsObject();

    public void AddDepartment(string relativePath, JsonObject department)
    {
        Manifest["departments"]!.AsArray().Add(relativePath);
        Departments[relativePath] = department;
    }

    public ServiceCatalog Load()
    {
        File.WriteAllText(Path.Combine(Directory, CatalogLoader.ManifestFileName), Manifest.ToJsonString());
        foreach (var (path, department) in Departments)
        {
            File.WriteAllText(Path.Combine(Directory, path), department.ToJsonString());
        }

        foreach (var (code, texts) in LanguageFile)
        {
            File.WriteAllText(Path.Combine(Directory, LanguageFiles.Folder, code + ".json"), texts.ToJsonString());
        }

        return CatalogLoader.Load(Directory);
    }

    public IReadOnlyList<string> Errors() => Assert.Throws<CatalogException>(Load).Errors;

    public void Dispose() => System.IO.Directory.Delete(_parent, recursive: true);

    public static JsonObject Text(string en, string te) => new() { ["en"] = en, ["te"] = te };

    public static JsonObject Department(string id, params JsonObject[] services) => new()
    {
        ["id"] = id,
        ["name"] = Text("Revenue", "రెవెన్యూ"),
        ["description"] = Text("Certificates from your Tahsildar", "తహసీల్దార్ నుండి ధృవపత్రాలు"),
        ["services"] = new JsonArray(services),
    };

    public static JsonObject Service(string id) => new()
    {
        ["id"] = id,
        ["name"] = Text("Income Certificate", "ఆదాయ ధృవీకరణ పత్రం"),
        ["description"] = Text("Family income proof", "కుటుంబ ఆదాయ రుజువు"),
        ["handler"] = "IssueCertificate",
        ["fulfilment"] = "application",
        ["fee"] = 45,
        ["slaDays"] = 7,
        ["keywords"] = new JsonArray("income certificate", "aadaya dhruvikarana patram", "ఆదాయ ధృవీకరణ పత్రం"),
        ["inputs"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "aadhaar",
                ["kind"] = "Aadhaar",
                ["prompt"] = Text("Enter your Aadhaar number.", "మీ ఆధార్ నంబర్ నమోదు చేయండి."),
                ["label"] = Text("Aadhaar", "ఆధార్"),
            },
            new JsonObject
            {
                ["id"] = "purpose",
                ["kind"] = "Choice",
                ["prompt"] = Text("What is it for?", "ఇది దేనికోసం?"),
                ["label"] = Text("Purpose", "ప్రయోజనం"),
                ["choices"] = new JsonArray(
                    new JsonObject { ["id"] = "education", ["label"] = Text("Education", "విద్య") },
                    new JsonObject { ["id"] = "employment", ["label"] = Text("Employment", "ఉద్యోగం") }),
            }),
    };
}
