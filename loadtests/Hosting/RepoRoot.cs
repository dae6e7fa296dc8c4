namespace ManaMitra.LoadTests.Hosting;

/// <summary>The repository root: the nearest folder above the load tool's binaries that holds ManaMitra.sln.</summary>
public static class RepoRoot
{
    public const string SolutionFile = "ManaMitra.sln";

    public static string Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} in {startDirectory} or any folder above it.");
    }
}
