using System.Text.Json;
using System.Text.Json.Serialization;

namespace ManaMitra.Languages;

/// <summary>
/// A localized text in JSON is the catalog's own shape, an object of language code to text
/// (<c>{"en": "Revenue", "te": "…"}</c>), so <c>GET /api/catalog</c> reads like the files it came from.
/// </summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A localized text is an object of language code to text.");
        }

        var entries = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var language = reader.GetString()!;
            reader.Read();
            entries.Add(KeyValuePair.Create(language, reader.GetString() ?? throw new JsonException($"The {language} text is null.")));
        }

        return entries.Count > 0 ? new LocalizedText(entries) : throw new JsonException("A localized text needs at least one language.");
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (language, text) in value.Entries)
        {
            writer.WriteString(language, text);
        }

        writer.WriteEndObject();
    }
}
