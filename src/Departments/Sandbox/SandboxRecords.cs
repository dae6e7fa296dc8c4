using System.Text.Json;
using System.Text.Json.Serialization;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Sandbox;

/// <summary>
/// The named values the sandbox's records are drawn from (land classes, crops, card types, subjects), as a department
/// system would hold them: data in <c>SandboxRecords.json</c> beside this file, in English and Telugu. English
/// comes first in each, so a citizen reading another language sees English (a text's first language is its fallback).
/// </summary>
public sealed class SandboxRecords
{
    private const string Resource = "ManaMitra.Departments.Sandbox.SandboxRecords.json";

    /// <summary>Read once, on first use: the records are a pure function of their key and of this file.</summary>
    public static SandboxRecords Shipped { get; } = Load();

    public required IReadOnlyList<LocalizedText> LandClasses { get; init; }

    public required IReadOnlyList<LocalizedText> Crops { get; init; }

    public required IReadOnlyList<LocalizedText> RationCardTypes { get; init; }

    public required IReadOnlyList<LocalizedText> Subjects { get; init; }

    private static SandboxRecords Load()
    {
        using var stream = typeof(SandboxRecords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(SandboxRecords).Assembly.GetName().Name}.");
        return JsonSerializer.Deserialize(stream, SandboxRecordsContext.Default.SandboxRecords)
            ?? throw new InvalidOperationException($"{Resource} holds null.");
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectRequiredConstructorParameters = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SandboxRecords))]
internal sealed partial class SandboxRecordsContext : JsonSerializerContext
{
}
