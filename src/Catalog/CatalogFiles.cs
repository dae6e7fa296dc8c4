using System.Text.Json;
using System.Text.Json.Serialization;

namespace ManaMitra.Catalog;

// The file shapes are deliberately loose — every field nullable, enums as strings, unknown
// fields kept, a text any object of language code to text — so that the validator, not the
// deserializer, reports each defect with its file, entry and field, and reports all of them at once.

internal sealed class ManifestFile
{
    public int? SchemaVersion { get; set; }

    public string? Version { get; set; }

    public List<string?>? Languages { get; set; }

    public string? FallbackLanguage { get; set; }

    public List<string?>? DocumentLanguages { get; set; }

    public List<string?>? Departments { get; set; }

    /// <summary>The search vocabulary's file, relative to the manifest; optional.</summary>
    public string? Search { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class DepartmentFile
{
    public string? Id { get; set; }

    public Dictionary<string, string?>? Name { get; set; }

    public Dictionary<string, string?>? Description { get; set; }

    public List<ServiceEntry?>? Services { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class ServiceEntry
{
    public string? Id { get; set; }

    public Dictionary<string, string?>? Name { get; set; }

    public Dictionary<string, string?>? Description { get; set; }

    public string? Handler { get; set; }

    public string? Fulfilment { get; set; }

    public decimal? Fee { get; set; }

    public int? SlaDays { get; set; }

    public int? BookableDays { get; set; }

    public List<CancellationEntry?>? Cancellation { get; set; }

    public List<string?>? Keywords { get; set; }

    public List<InputEntry?>? Inputs { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class CancellationEntry
{
    public int? HoursBefore { get; set; }

    public int? RefundPercent { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class InputEntry
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public Dictionary<string, string?>? Prompt { get; set; }

    public Dictionary<string, string?>? Label { get; set; }

    public List<ChoiceEntry?>? Choices { get; set; }

    public List<string?>? Slots { get; set; }

    public string? LinkedTo { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class ChoiceEntry
{
    public string? Id { get; set; }

    public Dictionary<string, string?>? Label { get; set; }

    public string? StartsAt { get; set; }

    public decimal? Fare { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class SearchFile
{
    /// <summary>Per language (a label for editors: "en", "te", "te-Latn"), the words that carry no need.</summary>
    public Dictionary<string, List<string?>?>? StopWords { get; set; }

    public List<string?>? Suffixes { get; set; }

    public List<List<string?>?>? Synonyms { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

// A repeated key would silently keep only its last value (half a department's services, say).
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ManifestFile))]
[JsonSerializable(typeof(DepartmentFile))]
[JsonSerializable(typeof(SearchFile))]
internal sealed partial class CatalogFileContext : JsonSerializerContext
{
}
