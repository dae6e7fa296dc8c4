using System.Diagnostics;
using System.Globalization;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>
/// The system under test as its own process: <c>dotnet ManaMitra.WebhookFrontend.dll</c> (frontend and embedded silo,
/// in-memory storage) configured through the contract's environment variables, sending its replies to the sink.
/// Disposing stops it, SIGTERM first so it shuts down as in production, then a kill if it lingers.
/// </summary>
public sealed class FrontendProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private readonly EventHandler _killOnExit;

    private FrontendProcess(Process process, StreamWriter log, Uri baseUrl)
    {
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
        // Should the tool itself be terminated, the frontend must not outlive it holding its ports.
        _killOnExit = (_, _) => KillNow();
        AppDomain.CurrentDomain.ProcessExit += _killOnExit;
    }

    public Uri BaseUrl { get; }

    public static async Task<FrontendProcess> StartAsync(string dllPath, FrontendSettings settings, string logPath, TimeSpan readyTimeout, CancellationToken cancellationToken)
    {
        if (!File.Exists(dllPath))
        {
            throw new FileNotFoundException($"The frontend is not built: {dllPath}. Build it with `dotnet build -c Release loadtests` (it builds the frontend too).", dllPath);
        }

        var port = FreePort.Next();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dllPath },
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A connection string or environment inherited from the caller's shell would turn this into a cluster client
        // of some other system: the local run is always the in-memory, one-process system.
        start.Environment.Remove("ConnectionStrings__ManaMitra");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in settings.Environment(baseUrl))
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var frontend = new FrontendProcess(process, log, baseUrl);
        process.OutputDataReceived += (_, e) => frontend.Log(e.Data);
        process.ErrorDataReceived += (_, e) => frontend.Log(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await frontend.WaitUntilReadyAsync(readyTimeout, logPath, cancellationToken);
            return frontend;
        }
        catch
        {
            await frontend.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, string logPath, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var ready = new Uri(BaseUrl, "/health/ready");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The frontend exited with code {_process.ExitCode.ToString(CultureInfo.InvariantCulture)} before it was ready; see {logPath}.");
            }

            try
            {
                using var response = await http.GetAsync(ready, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The silo is still starting.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The frontend was not ready within {timeout.TotalSeconds:F0} s; see {logPath}.");
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logGate)
        {
            _log.WriteLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _killOnExit;
        if (!_process.HasExited)
        {
            Terminate();
            using var grace = new CancellationTokenSource(StopGrace);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                KillNow();
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        lock (_logGate)
        {
            _log.Dispose();
        }
    }

    // SIGTERM lets the host stop as it would in production (the silo leaves the cluster cleanly). .NET's Process
    // has no call for it, and `kill` is everywhere this runs.
    private void Terminate()
    {
        if (OperatingSystem.IsWindows())
        {
            KillNow();
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
    }

    private void KillNow()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
