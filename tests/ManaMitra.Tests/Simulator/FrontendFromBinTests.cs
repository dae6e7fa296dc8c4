using System.Globalization;
using System.Net;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Simulator;

/// <summary>
/// The frontend started as <c>dotnet path/to/ManaMitra.WebhookFrontend.dll</c> from some other folder (a service
/// manager's default, a script's) still serves the simulator and dashboard files: its web root is beside the assembly.
/// </summary>
public sealed class FrontendFromBinTests
{
    [Fact]
    public async Task Static_files_are_served_when_the_process_starts_in_another_folder()
    {
        var elsewhere = Directory.CreateTempSubdirectory("manamitra-cwd-");
        var httpPort = FreePort.Next();
        var environment = new Dictionary<string, string>(TestSecrets.Settings("__"))
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}",
            ["WhatsApp__AppSecret"] = "bin-test-app-secret",
            ["Orleans__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        try
        {
            await using var frontend = HostProcess.Start("frontend", HostAssemblies.Frontend, new HostProcessOptions { Environment = environment, WorkingDirectory = elsewhere.FullName });
            using var http = new HttpClient { BaseAddress = new Uri(environment["ASPNETCORE_URLS"]), Timeout = TimeSpan.FromSeconds(10) };
            await Eventually.Until(() => HealthProbe.ReadyAsync(http), ready => ready || frontend.HasExited, TimeSpan.FromSeconds(90));
            Assert.False(frontend.HasExited, frontend.Output);

            foreach (var path in new[] { "/", "/simulator.css", "/js/main.js", "/dashboard", "/dashboard/dashboard.js", "/dashboard/dashboard.css" })
            {
                using var response = await http.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}\n{frontend.Output}");
                Assert.NotEmpty(await response.Content.ReadAsStringAsync());
            }
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }
}
