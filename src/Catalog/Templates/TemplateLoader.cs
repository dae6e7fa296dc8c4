using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Catalog.Templates;

/// <summary>
/// Reads <c>catalog/templates.json</c> (see <c>catalog/README.md</c>) and refuses it, like the rest of the catalog,
/// with a <see cref="CatalogException"/> naming the file, template and field of every defect: the rules Meta applies
/// when it reviews a template, each template in every language the catalog offers, and every template the senders
/// use present with parameters they can fill in.
/// </summary>
public static class TemplateLoader
{
    public const string FileName = "templates.json";

    /// <summary>Only templates for the citizen's own requests: marketing ones would need a separate opt-in.</summary>
    public const string Category = "utility";

    /// <param name="languages">The languages the catalog offers: every template needs each of them.</param>
    /// <param name="required">The templates the senders use, by name, each with the parameters they can fill in.</param>
    public static TemplateRegistry Load(
        string directory, IReadOnlyList<Language> languages, IReadOnlyDictionary<string, IReadOnlySet<string>> required)
    {
        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var fileName = $"{root}/{FileName}";
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new CatalogException([$"{fileName}: not found (looked for {Path.GetFullPath(path)})"]);
        }

        var errors = new List<string>();
        var file = JsonFile.Read(path, fileName, TemplateFileContext.Default.TemplatesFile, errors);
        if (file is null)
        {
            throw new CatalogException(errors);
        }

        var reader = new TemplateReader($"{fileName}: ", languages, errors);
        reader.Unknown(string.Empty, file.UnknownFields);
        var templates = new List<MessageTemplate>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.Templates is null or [])
        {
            errors.Add($"{fileName}: templates is {(file.Templates is null ? "missing" : "empty")}");
        }
        else
        {
            for (var i = 0; i < file.Templates.Count; i++)
            {
                var entry = $"templates[{i}]";
                // A defective template is still there: its defects are reported, not that it is missing.
                if (file.Templates[i]?.Name is { Length: > 0 } name && !names.TryAdd(name, entry))
                {
                    errors.Add($"{fileName}: {entry} ({name}): name \"{name}\" is already used by {names[name]}");
                }
                else if (reader.Read(entry, file.Templates[i]) is { } template)
                {
                    templates.Add(template);
                    Fillable(fileName, entry, template, required, errors);
                }
            }
        }

        foreach (var name in required.Keys.Where(n => !names.ContainsKey(n)).Order(StringComparer.Ordinal))
        {
            errors.Add($"{fileName}: template \"{name}\" is missing (notifications outside the 24-hour window send it)");
        }

        if (errors.Count > 0)
        {
            throw new CatalogException(errors);
        }

        return new TemplateRegistry(templates);
    }

    private static void Fillable(
        string fileName, string entry, MessageTemplate template, IReadOnlyDictionary<string, IReadOnlySet<string>> required, List<string> errors)
    {
        if (!required.TryGetValue(template.Name, out var known))
        {
            return;
        }

        for (var p = 0; p < template.Parameters.Count; p++)
        {
            if (!known.Contains(template.Parameters[p]))
            {
                errors.Add($"{fileName}: {entry} ({template.Name}): parameters[{p}] \"{template.Parameters[p]}\" is not one the sender fills in ({string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }
    }
}
