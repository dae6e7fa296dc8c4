using System.Reflection;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// Where the build put the silo and frontend executables (embedded by the test project's <c>EmbedHostAssemblyPaths</c>
/// target), so tests can run them as real processes exactly as production does.
/// </summary>
public static class HostAssemblies
{
    public static string Silo => Find("ManaMitra.Silo");

    public static string Frontend => Find("ManaMitra.WebhookFrontend");

    private static string Find(string name)
    {
        var path = typeof(HostAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == name)?.Value;
        if (path is null || !File.Exists(path))
        {
            throw new InvalidOperationException($"{name}.dll was not built (expected at '{path}'); build tests/ManaMitra.Tests, which builds it first.");
        }

        return path;
    }
}
