using System.Text.Json;
using System.Text.Json.Serialization;

namespace ManaMitra.Catalog.Templates;

// Loose shapes, as for the other catalog files: the validator, not the deserializer, reports each defect.

internal sealed class TemplatesFile
{
    public List<TemplateEntry?>? Templates { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class TemplateEntry
{
    public string? Name { get; set; }

    public string? Category { get; set; }

    public List<string?>? Parameters { get; set; }

    public Dictionary<string, string?>? Body { get; set; }

    public List<TemplateButtonEntry?>? Buttons { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

internal sealed class TemplateButtonEntry
{
    public string? Payload { get; set; }

    public Dictionary<string, string?>? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(TemplatesFile))]
internal sealed partial class TemplateFileContext : JsonSerializerContext
{
}
