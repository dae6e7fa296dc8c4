using Microsoft.Playwright;

namespace ManaMitra.Tests.Simulator;

/// <summary>
/// Debian's Chromium driven by Playwright. Playwright's own browser download cannot work in CI, so the browser
/// comes from the distribution: <c>apt-get install -y chromium</c>.
/// </summary>
public static class Chromium
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = FindExecutable(),
            Headless = true,
            Args = Arguments,
        });

    /// <summary>
    /// The chromium on PATH. A missing browser fails loudly: a skipped browser test would let a broken simulator
    /// pass CI.
    /// </summary>
    private static string FindExecutable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                   .Select(dir => Path.Combine(dir, "chromium"))
                   .FirstOrDefault(File.Exists)
               ?? throw new InvalidOperationException(
                   "The simulator browser test needs Chromium, and no 'chromium' is on PATH. Install Debian's package: apt-get install -y chromium");
    }
}
