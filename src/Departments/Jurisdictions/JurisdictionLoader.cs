using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Jurisdictions;

/// <summary>
/// Reads <c>jurisdictions.json</c> from the catalog folder and refuses a defective file with a
/// <see cref="CatalogException"/> listing every defect with its office and field, so a bad boundary stops start-up
/// instead of misrouting grievances.
/// </summary>
public static class JurisdictionLoader
{
    /// <summary>The only layout this build understands; a newer one must not be half-read.</summary>
    public const int SchemaVersion = 1;

    public const string FileName = "jurisdictions.json";

    public static OfficeTree Load(string catalogDirectory)
    {
        // Named the way an official sees it in the repository: "catalog/jurisdictions.json".
        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(catalogDirectory)));
        var file = $"{root}/{FileName}";
        var path = Path.Combine(catalogDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new CatalogException([$"{file}: not found (looked for {Path.GetFullPath(path)})"]);
        }

        var errors = new List<string>();
        if (JsonFile.Read(path, file, JurisdictionsFileContext.Default.JurisdictionsFile, errors) is not { } read)
        {
            throw new CatalogException(errors);
        }

        CheckHeader(read, file, errors);
        var reader = new OfficeReader(file, errors);
        var offices = new List<(int, Office)>();
        for (var i = 0; i < (read.Offices?.Count ?? 0); i++)
        {
            if (reader.Read(i, read.Offices![i]) is { } office)
            {
                offices.Add((i, office));
            }
        }

        var byId = new OfficeTreeRules(file, errors).Check(offices);
        if (errors.Count > 0)
        {
            throw new CatalogException(errors);
        }

        return new OfficeTree(read.Version!, [.. byId.Values.OrderBy(o => o.Index).Select(o => o.Office)]);
    }

    private static void CheckHeader(JurisdictionsFile read, string file, List<string> errors)
    {
        if (read.SchemaVersion is null)
        {
            errors.Add($"{file}: schemaVersion is missing (this build reads {SchemaVersion})");
        }
        else if (read.SchemaVersion != SchemaVersion)
        {
            errors.Add($"{file}: schemaVersion {read.SchemaVersion} is not supported (this build reads {SchemaVersion})");
        }

        if (string.IsNullOrWhiteSpace(read.Version))
        {
            errors.Add($"{file}: version is {(read.Version is null ? "missing" : "blank")}");
        }

        foreach (var field in read.UnknownFields?.Keys ?? Enumerable.Empty<string>())
        {
            errors.Add($"{file}: {field} is not a known field");
        }

        if (read.Offices is null or [])
        {
            errors.Add($"{file}: offices is {(read.Offices is null ? "missing" : "empty")}");
        }
    }
}
