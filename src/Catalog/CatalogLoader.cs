using ManaMitra.Languages;

namespace ManaMitra.Catalog;

/// <summary>
/// Reads the catalog files (see <c>catalog/README.md</c>) — the manifest, the language files and the
/// departments — and refuses a defective catalog with a <see cref="CatalogException"/> listing every
/// defect, so a bad edit stops start-up instead of reaching citizens.
/// </summary>
public static class CatalogLoader
{
    /// <summary>The only file layout this build understands; a newer one must not be half-read.</summary>
    public const int SchemaVersion = 1;

    public const string ManifestFileName = "catalog.json";

    /// <summary>Where the catalog files are, when not beside the binaries.</summary>
    public const string DirectorySetting = "ManaMitra:CatalogDirectory";

    public static string DefaultDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "catalog");

    public static ServiceCatalog Load(string directory)
    {
        // Messages name files the way an official sees them in the repository: "catalog/departments/revenue.json".
        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var manifestName = $"{root}/{ManifestFileName}";
        var manifestPath = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new CatalogException([$"{manifestName}: manifest not found (looked for {Path.GetFullPath(manifestPath)})"]);
        }

        var errors = new List<string>();
        var manifest = JsonFile.Read(manifestPath, manifestName, CatalogFileContext.Default.ManifestFile, errors);
        if (manifest is null)
        {
            throw new CatalogException(errors);
        }

        var files = DepartmentFiles(manifest, manifestName, errors);
        var settings = ManifestLanguages.Read(manifest, manifestName, errors);
        var texts = settings is null ? null : LanguageFiles.Load(directory, root, settings, errors);
        var ids = new CatalogIds();
        var departments = new List<Department>();
        foreach (var (index, relative) in files)
        {
            var path = Path.Combine(directory, relative);
            if (!File.Exists(path))
            {
                errors.Add($"{manifestName}: departments[{index}]: file \"{relative}\" not found");
                continue;
            }

            var fileName = $"{root}/{relative}";
            if (JsonFile.Read(path, fileName, CatalogFileContext.Default.DepartmentFile, errors) is { } department)
            {
                departments.Add(new DepartmentReader(fileName, ids, new LocalizedTextReader(settings, texts, errors), errors).Read(department));
            }
        }

        var search = SearchVocabulary.None;
        if (manifest.Search is { } searchFile)
        {
            var path = Path.Combine(directory, searchFile);
            if (!File.Exists(path))
            {
                errors.Add($"{manifestName}: search: file \"{searchFile}\" not found");
            }
            else
            {
                search = SearchVocabularyReader.Read(path, $"{root}/{searchFile}", errors) ?? search;
            }
        }

        if (errors.Count > 0)
        {
            throw new CatalogException(errors);
        }

        return new ServiceCatalog(manifest.Version!, departments, texts!) { Search = search };
    }

    /// <summary>Checks the manifest itself and yields the department files it lists, in menu order.</summary>
    private static List<(int Index, string Path)> DepartmentFiles(ManifestFile manifest, string at, List<string> errors)
    {
        if (manifest.SchemaVersion is null)
        {
            errors.Add($"{at}: schemaVersion is missing (this build reads {SchemaVersion})");
        }
        else if (manifest.SchemaVersion != SchemaVersion)
        {
            errors.Add($"{at}: schemaVersion {manifest.SchemaVersion} is not supported (this build reads {SchemaVersion})");
        }

        if (string.IsNullOrWhiteSpace(manifest.Version))
        {
            errors.Add($"{at}: version is {(manifest.Version is null ? "missing" : "blank")}");
        }

        foreach (var field in manifest.UnknownFields?.Keys ?? Enumerable.Empty<string>())
        {
            errors.Add($"{at}: {field} is not a known field");
        }

        var files = new List<(int, string)>();
        if (manifest.Departments is null or [])
        {
            errors.Add($"{at}: departments is {(manifest.Departments is null ? "missing" : "empty")}");
            return files;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < manifest.Departments.Count; i++)
        {
            var relative = manifest.Departments[i];
            if (string.IsNullOrWhiteSpace(relative))
            {
                errors.Add($"{at}: departments[{i}] is {(relative is null ? "null" : "blank")}");
            }
            else if (!seen.TryAdd(relative, i))
            {
                errors.Add($"{at}: departments[{i}]: \"{relative}\" is already listed at departments[{seen[relative]}]");
            }
            else
            {
                files.Add((i, relative));
            }
        }

        return files;
    }
}
