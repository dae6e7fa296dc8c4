using ManaMitra.Testing;
using ManaMitra.WebhookFrontend;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace ManaMitra.Tests.Simulator;

/// <summary>
/// The real frontend with its embedded silo in sandbox mode, on free ports, serving the simulator from the
/// repository's own wwwroot; plus one Chromium for the test class to open pages in.
/// </summary>
public sealed class SimulatorSite : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");

    public async Task InitializeAsync()
    {
        // The browser first: when Chromium is missing, fail before a silo is started for nothing.
        // Generous timeouts: on two shared cores a cold silo and a first grain activation can take seconds.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);

        _app = FrontendApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Development",
            // The test runs from its bin folder; the page under test is the source wwwroot, not a stale copy.
            "--contentRoot", FrontendSource(),
            "--Orleans:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Orleans:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default", "Warning",
        ]);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static string FrontendSource()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var frontend = Path.Combine(dir.FullName, "src", "WebhookFrontend");
            if (File.Exists(Path.Combine(dir.FullName, "ManaMitra.sln")) && Directory.Exists(frontend))
            {
                return frontend;
            }
        }

        throw new InvalidOperationException($"No repository (ManaMitra.sln) above {AppContext.BaseDirectory}.");
    }
}
