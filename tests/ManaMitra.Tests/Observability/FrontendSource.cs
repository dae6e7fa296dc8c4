namespace ManaMitra.Tests.Observability;

/// <summary>The frontend's source folder: tests run from their bin folder, and the dashboard's files live in its wwwroot.</summary>
public static class FrontendSource
{
    public static string Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var frontend = Path.Combine(dir.FullName, "src", "WebhookFrontend");
            if (File.Exists(Path.Combine(dir.FullName, "ManaMitra.sln")) && System.IO.Directory.Exists(frontend))
            {
                return frontend;
            }
        }

        throw new InvalidOperationException($"No repository (ManaMitra.sln) above {AppContext.BaseDirectory}.");
    }
}
