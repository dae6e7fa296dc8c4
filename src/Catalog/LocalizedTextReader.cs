using ManaMitra.Languages;

namespace ManaMitra.Catalog;

/// <summary>
/// Checks one text of a department file (<c>{"en": …, "te": …}</c>) and makes it a <see cref="LocalizedText"/>.
/// Every document language is required, since documents print catalog names in both; any other offered
/// language may be added text by text, and a citizen reading it sees the fallback language where it is missing.
/// </summary>
/// <param name="settings">Null when the manifest's languages are defective (already reported): then nothing is checked.</param>
/// <param name="texts">Null when the language files are defective (already reported): then scripts are not checked.</param>
internal sealed class LocalizedTextReader(LanguageSettings? settings, Texts? texts, List<string> errors)
{
    private static readonly LocalizedText NoText = LocalizedText.Of(("", ""));

    public LocalizedText Read(string at, string field, Dictionary<string, string?>? text, int? maxLength)
    {
        if (text is null)
        {
            errors.Add($"{at}{field} is missing");
            return NoText;
        }

        if (settings is null)
        {
            return NoText;
        }

        // A misspelt language ("tel") would otherwise be ignored and its text silently lost.
        foreach (var language in text.Keys.Where(l => !settings.Offered.Contains(l)))
        {
            errors.Add($"{at}{field}.{language} is not a known field");
        }

        var entries = new List<KeyValuePair<string, string>>();
        foreach (var language in settings.TextOrder)
        {
            var required = settings.Documents.Contains(language);
            if (Part(at, $"{field}.{language}", text.GetValueOrDefault(language), required, maxLength) is not { } value)
            {
                continue;
            }

            if (texts?.Find(language) is { } written && !written.IsWrittenIn(value))
            {
                errors.Add($"{at}{field}.{language} has no {written.Script} script: \"{value}\"");
            }

            entries.Add(KeyValuePair.Create(language, value));
        }

        return entries.Count > 0 ? new LocalizedText(entries) : NoText;
    }

    private string? Part(string at, string field, string? value, bool required, int? maxLength)
    {
        if (value is null && !required)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{at}{field} is {(value is null ? "missing" : "blank")}");
            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add($"{at}{field} is {value.Length} characters; WhatsApp shows at most {maxLength}");
        }

        return value;
    }
}
