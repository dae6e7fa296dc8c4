using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ManaMitra.Languages;

/// <summary>Reads one of the catalog's JSON files, turning every way it can fail into a defect that names the file.</summary>
public static class JsonFile
{
    /// <param name="fileName">The file as an official sees it in the repository, e.g. <c>catalog/languages/te.json</c>.</param>
    /// <returns>The value, or null when the file is unreadable, malformed or null (the defect is added).</returns>
    public static T? Read<T>(string path, string fileName, JsonTypeInfo<T> type, List<string> errors)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            var value = JsonSerializer.Deserialize(stream, type);
            if (value is null)
            {
                errors.Add($"{fileName}: holds null instead of an object");
            }

            return value;
        }
        catch (JsonException e)
        {
            // The reader counts from zero; editors count lines and columns from one.
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : string.Empty;
            var field = e.Path is { Length: > 1 } jsonPath ? $" ({jsonPath})" : string.Empty;
            errors.Add($"{fileName}: malformed JSON{where}{field}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{fileName}: cannot be read: {e.Message}");
        }

        return null;
    }
}
