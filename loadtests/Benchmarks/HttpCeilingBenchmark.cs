using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.LoadTests.Hosting;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// HTTP ceilings measured with <c>wrk</c> (Debian package <c>wrk</c>), so our end-to-end figures can be read as ratios:
/// a bare Kestrel POST echo (what this machine's HTTP stack can do at all), then the frontend's <c>POST /webhook</c>
/// with Meta-signed bodies of distinct new citizens (HTTP, signature, parse, grain call, state write; the grains' replies
/// go to the fake Cloud API meanwhile). wrk cannot compute HMACs, so the bodies are signed here beforehand and
/// written into a Lua script that cycles through them.
/// <c>dotnet run -c Release --project loadtests -- --benchmark http-ceilings --duration 10</c>
/// </summary>
public static class HttpCeilingBenchmark
{
    private const int Connections = 64;
    private const int SignedBodies = 30_000;

    public static async Task<int> RunAsync(string root, TimeSpan duration)
    {
        var reportDir = Path.Combine(root, "loadtests", "reports", "latest");
        Directory.CreateDirectory(reportDir);
        var seconds = ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture);

        await using (var echo = await EchoServer.StartAsync(FreePort.Next()))
        {
            var body = Encoding.UTF8.GetString(new WebhookEnvelope("102290129340398", "91 866 000 1234", "106540352242922")
                .Build("919848012345", "Lakshmi", "wamid.echo", DateTimeOffset.UtcNow, CitizenMessage.Typed("hi")));
            var script = Path.Combine(reportDir, "echo.lua");
            await File.WriteAllTextAsync(script, $"wrk.method = \"POST\"\nwrk.body = {Lua(body)}\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
            Report("Kestrel POST echo", await WrkAsync(echo.Url + "echo", script, seconds));
        }

        var secret = SystemSettings.NewSecret();
        var token = SystemSettings.NewSecret();
        var sinkPort = FreePort.Next();
        await using var sink = await FakeCloudApi.StartAsync(new FakeCloudApiOptions { Port = sinkPort, AccessToken = token, RecordRequests = false });
        sink.Observer = new RunRecorder();
        var settings = new SystemSettings(secret, token, "106540352242922", sinkPort, SystemSettings.LocalApiVersion);
        await using var system = await LocalSystem.StartInMemoryAsync(root, settings, reportDir, CancellationToken.None);
        var webhookScript = Path.Combine(reportDir, "webhook.lua");
        await File.WriteAllTextAsync(webhookScript, SignedScript(secret));
        var cpuBefore = CpuCost.Sample(system.Processes);
        var output = await WrkAsync(new Uri(system.BaseUrl, "/webhook").ToString(), webhookScript, seconds);
        var cpuAfter = CpuCost.Sample(system.Processes);
        Report("frontend POST /webhook (signed, distinct new citizens, in-memory)", output);
        var requests = Requests(output);
        if (requests > 0)
        {
            Console.WriteLine(Inv($"  frontend CPU per webhook: {(cpuAfter["frontend"] - cpuBefore["frontend"]) / (double)requests:0} µs over {requests} requests{(requests > SignedBodies ? $" ({requests - SignedBodies} were repeats of a signed body, answered as duplicates)" : "")}"));
        }

        return 0;
    }

    // Distinct citizens, each saying "hi" for the first time; each wrk thread walks its own half of the table.
    private static string SignedScript(string secret)
    {
        var envelope = new WebhookEnvelope("102290129340398", "91 866 000 1234", "106540352242922");
        var key = Encoding.UTF8.GetBytes(secret);
        var script = new StringBuilder("bodies = {}\nsignatures = {}\n");
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 1; i <= SignedBodies; i++)
        {
            var citizen = Inv($"9170{i:D8}");
            var body = envelope.Build(citizen, "Lakshmi", Inv($"wamid.ceiling.{run}.{i}"), DateTimeOffset.UtcNow, CitizenMessage.Typed("hi"));
            script.Append(Inv($"bodies[{i}] = {Lua(Encoding.UTF8.GetString(body))}\nsignatures[{i}] = \"{MetaSignature.Sign(body, key)}\"\n"));
        }

        script.Append(Inv($$"""
            local n = {{SignedBodies}}
            local threads = 0
            function setup(thread) threads = threads + 1; thread:set("first", threads) end
            function init(args) i = first; step = 2 end
            function request()
              local k = ((i - 1) % n) + 1
              i = i + step
              return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = signatures[k] }, bodies[k])
            end
            """));
        return script.ToString();
    }

    private static string Lua(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static async Task<string> WrkAsync(string url, string script, string seconds)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t", "2", "-c", Connections.ToString(CultureInfo.InvariantCulture), "-d", seconds + "s", "--latency", "-s", script, url })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("wrk is not installed: apt-get install wrk");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return await output + await error;
        }
    }

    private static void Report(string what, string wrkOutput)
    {
        var line = (string prefix) => wrkOutput.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) ?? "";
        Console.WriteLine(Inv($"{what}: {line("Requests/sec:")}; latency {line("50%")}, {line("99%")}; {line("Non-2xx")}; load average {LoadAverage.Now()}"));
    }

    private static long Requests(string wrkOutput) =>
        wrkOutput.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("requests in", StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture)
            : 0;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The least an ASP.NET Core server can do with a POST: read the body, write it back.</summary>
    private sealed class EchoServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private EchoServer(WebApplication app, string url)
        {
            _app = app;
            Url = url;
        }

        public string Url { get; }

        public static async Task<EchoServer> StartAsync(int port)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapPost("/echo", async (HttpContext context) =>
            {
                context.Response.ContentType = "application/json";
                await context.Request.Body.CopyToAsync(context.Response.Body);
            });
            await app.StartAsync();
            return new EchoServer(app, Inv($"http://127.0.0.1:{port}/"));
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
