using Mono.Cecil;

namespace ManaMitra.Tests.Architecture;

/// <summary>The compiled ManaMitra libraries and hosts beside the tests, read with Cecil (never loaded to run).</summary>
internal static class ProjectAssemblies
{
    // The load tool and the tests themselves are not part of the product.
    private static readonly HashSet<string> NotProduct = new(StringComparer.Ordinal) { "ManaMitra.Tests", "ManaMitra.LoadTests" };

    public static IReadOnlyList<AssemblyDefinition> All { get; } = Load();

    public static AssemblyDefinition Named(string name) =>
        All.SingleOrDefault(a => a.Name.Name == name) ?? throw new InvalidOperationException($"{name}.dll is not beside the tests.");

    private static List<AssemblyDefinition> Load()
    {
        var folder = AppContext.BaseDirectory;
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(folder);
        return Directory.GetFiles(folder, "ManaMitra.*.dll")
            .Where(path => !NotProduct.Contains(Path.GetFileNameWithoutExtension(path)))
            .Select(path => AssemblyDefinition.ReadAssembly(path, new ReaderParameters { AssemblyResolver = resolver }))
            .OrderBy(a => a.Name.Name, StringComparer.Ordinal)
            .ToList();
    }
}
