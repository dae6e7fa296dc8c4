using System.Text.RegularExpressions;
using ManaMitra.Languages;

namespace ManaMitra.Catalog;

/// <summary>Checks the languages the manifest declares: <c>languages</c>, <c>fallbackLanguage</c>, <c>documentLanguages</c>.</summary>
internal static partial class ManifestLanguages
{
    /// <summary>Documents are laid out for two languages, one above the other.</summary>
    public const int DocumentLanguageCount = 2;

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex Code();

    /// <returns>The settings, or null when any defect was added (the languages cannot be loaded then).</returns>
    public static LanguageSettings? Read(ManifestFile manifest, string at, List<string> errors)
    {
        var before = errors.Count;
        var offered = Codes(at, "languages", manifest.Languages, errors);
        var documents = Codes(at, "documentLanguages", manifest.DocumentLanguages, errors);
        foreach (var (language, i) in documents.Select((l, i) => (l, i)).Where(d => !offered.Contains(d.l)))
        {
            errors.Add($"{at}: documentLanguages[{i}] \"{language}\" is not one of languages");
        }

        if (manifest.DocumentLanguages is { Count: > 0 } && documents.Count != DocumentLanguageCount)
        {
            errors.Add($"{at}: documentLanguages names {documents.Count} languages; documents print {DocumentLanguageCount}");
        }

        var fallback = manifest.FallbackLanguage;
        if (string.IsNullOrWhiteSpace(fallback))
        {
            errors.Add($"{at}: fallbackLanguage is {(fallback is null ? "missing" : "blank")}");
        }
        else if (!documents.Contains(fallback))
        {
            // Every catalog text has the document languages, so only one of them can stand in for the others.
            errors.Add($"{at}: fallbackLanguage \"{fallback}\" is not one of documentLanguages");
        }

        return errors.Count > before ? null : new LanguageSettings(offered, fallback!, documents);
    }

    private static List<string> Codes(string at, string field, List<string?>? codes, List<string> errors)
    {
        var valid = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        if (codes is null or [])
        {
            errors.Add($"{at}: {field} is {(codes is null ? "missing" : "empty")}");
            return valid;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] is not { } code || !Code().IsMatch(code))
            {
                errors.Add($"{at}: {field}[{i}] \"{codes[i]}\" is not a language code (two or three lowercase letters, like \"te\")");
            }
            else if (!seen.TryAdd(code, i))
            {
                errors.Add($"{at}: {field}[{i}] \"{code}\" is already listed at {field}[{seen[code]}]");
            }
            else
            {
                valid.Add(code);
            }
        }

        return valid;
    }
}
