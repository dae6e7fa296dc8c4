using ManaMitra.Languages;

namespace ManaMitra.Interfaces.Languages;

// The languages library knows nothing of Orleans, so a localized text crosses grain calls and grain state (an
// outcome's message, a document's title, a payment's service name) through this surrogate: its languages and texts
// side by side, in order, since a text's first language is its fallback.

[GenerateSerializer]
public struct LocalizedTextSurrogate
{
    [Id(0)] public string[] Languages;
    [Id(1)] public string[] Texts;
}

[RegisterConverter]
public sealed class LocalizedTextConverter : IConverter<LocalizedText, LocalizedTextSurrogate>
{
    public LocalizedText ConvertFromSurrogate(in LocalizedTextSurrogate surrogate) =>
        new(surrogate.Languages.Zip(surrogate.Texts, KeyValuePair.Create));

    public LocalizedTextSurrogate ConvertToSurrogate(in LocalizedText value) => new()
    {
        Languages = [.. value.Entries.Select(e => e.Key)],
        Texts = [.. value.Entries.Select(e => e.Value)],
    };
}
