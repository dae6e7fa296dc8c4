using System.Diagnostics;
using System.Globalization;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>
/// One process of the system under test, <c>dotnet &lt;dll&gt; [args]</c> (the frontend, a silo, <c>migrate</c>),
/// configured only through the contract's environment variables, its output in a log file. Disposing stops it,
/// SIGTERM first so it shuts down as in production, then a kill if it lingers.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private readonly EventHandler _killOnExit;

    private HostProcess(string name, Process process, StreamWriter log, Uri? baseUrl)
    {
        Name = name;
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
        // Should the tool itself be terminated, the system must not outlive it holding its ports.
        _killOnExit = (_, _) => KillNow();
        AppDomain.CurrentDomain.ProcessExit += _killOnExit;
    }

    public string Name { get; }

    /// <summary>Where it serves HTTP (its <c>ASPNETCORE_URLS</c>), or null for a command such as <c>migrate</c>.</summary>
    public Uri? BaseUrl { get; }

    public int Id => _process.Id;

    /// <summary>
    /// Starts <paramref name="dllPath"/> with exactly <paramref name="environment"/> on top of this process's own
    /// (minus any inherited system configuration); with <paramref name="baseUrl"/>, waits until its <c>/health/ready</c> answers.
    /// </summary>
    public static async Task<HostProcess> StartAsync(
        string name, string dllPath, IReadOnlyList<string> arguments, IEnumerable<KeyValuePair<string, string>> environment,
        Uri? baseUrl, string logPath, TimeSpan readyTimeout, CancellationToken cancellationToken)
    {
        if (!File.Exists(dllPath))
        {
            throw new FileNotFoundException($"Not built: {dllPath}. Build it with `dotnet build -c Release loadtests` (it builds the system too).", dllPath);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A connection string or environment inherited from the caller's shell would connect this to some other
        // system: what runs is exactly what the run configured.
        start.Environment.Remove("ConnectionStrings__ManaMitra");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, process, log, baseUrl);
        process.OutputDataReceived += (_, e) => host.Log(e.Data);
        process.ErrorDataReceived += (_, e) => host.Log(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (baseUrl is not null)
            {
                await host.WaitUntilReadyAsync(readyTimeout, logPath, cancellationToken);
            }

            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>For a command: waits until it exits and fails unless it exited 0.</summary>
    public async Task RunToSuccessAsync(TimeSpan timeout, string logPath, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} did not finish within {timeout.TotalSeconds:F0} s; see {logPath}.");
        }

        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode.ToString(CultureInfo.InvariantCulture)}; see {logPath}.");
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, string logPath, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var ready = new Uri(BaseUrl!, "/health/ready");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"{Name} exited with code {_process.ExitCode.ToString(CultureInfo.InvariantCulture)} before it was ready; see {logPath}.");
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

        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:F0} s; see {logPath}.");
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
