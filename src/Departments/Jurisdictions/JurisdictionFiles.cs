using System.Text.Json;
using System.Text.Json.Serialization;

namespace ManaMitra.Departments.Jurisdictions;

// Loose shapes, like the catalog's: every field nullable and unknown fields kept, so the loader reports each defect
// with its office and field, and all of them at once.

internal sealed class JurisdictionsFile
{
    public int? SchemaVersion { get; set; }

    public string? Version { get; set; }

    public List<OfficeEntry?>? Offices { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class OfficeEntry
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public Dictionary<string, string?>? Name { get; set; }

    public string? Parent { get; set; }

    public List<string?>? Pins { get; set; }

    public List<List<double>?>? Boundary { get; set; }

    public List<double>? Point { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

// A repeated key would silently keep only its last value (a second boundary typed over the first).
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(JurisdictionsFile))]
internal sealed partial class JurisdictionsFileContext : JsonSerializerContext
{
}
