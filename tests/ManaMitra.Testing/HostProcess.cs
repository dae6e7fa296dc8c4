using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ManaMitra.Testing;

/// <summary>
/// One of the system's executables (the frontend, a silo, <c>Silo migrate</c>) run as <c>dotnet &lt;assembly&gt; [args]</c>,
/// configured only through environment variables, as a container runs it. Its output is kept for failure messages,
/// in memory or in a log file (<see cref="HostProcessOptions.LogPath"/>).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int SigTerm = 15;

    // Settings of the machine running the tests or the load tool (a connection string, a secret, an environment name
    // in the caller's shell) would connect the process to some other system: it runs exactly what its caller configured.
    private static readonly string[] InheritedPrefixesRemoved = ["ConnectionStrings__", "Orleans__", "WhatsApp__", "ManaMitra__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];

    private readonly Process _process;
    private readonly HostProcessOptions _options;
    private readonly StringBuilder _output = new();
    private readonly StreamWriter? _log;
    private readonly Lock _outputGate = new();
    private readonly EventHandler _killOnExit;

    private HostProcess(string name, Process process, HostProcessOptions options, StreamWriter? log)
    {
        Name = name;
        _process = process;
        _options = options;
        _log = log;
        // Should the test run or the load tool itself end first, the process must not outlive it holding its ports.
        _killOnExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _killOnExit;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What it printed so far, standard output and error interleaved; only when kept in memory.</summary>
    public string Output
    {
        get
        {
            if (_options.LogPath is not null)
            {
                throw new InvalidOperationException($"{Name} writes its output to {_options.LogPath}.");
            }

            lock (_outputGate)
            {
                return _output.ToString();
            }
        }
    }

    // Where to look when it failed, for exception messages.
    private string Evidence => _options.LogPath is null ? $":\n{Output}" : $"; see {_options.LogPath}.";

    public static HostProcess Start(string name, string assembly, IEnumerable<KeyValuePair<string, string>> environment, params string[] arguments) =>
        Start(name, assembly, new HostProcessOptions { Environment = environment, Arguments = arguments });

    public static HostProcess Start(string name, string assembly, HostProcessOptions options)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.WorkingDirectory ?? Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => InheritedPrefixesRemoved.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in options.Environment)
        {
            start.Environment[key] = value;
        }

        // Opened before the process starts, so a folder that cannot be written fails the start, not a running process.
        var log = options.LogPath is null ? null : OpenLog(options.LogPath);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        try
        {
            process.Start();
        }
        catch
        {
            log?.Dispose();
            process.Dispose();
            throw;
        }

        var host = new HostProcess(name, process, options, log);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until it serves HTTP on <paramref name="baseUrl"/> and its <c>/health/ready</c> says so.</summary>
    public async Task WaitUntilReadyAsync(Uri baseUrl, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var ready = new Uri(baseUrl, "/health/ready");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {ExitCode.ToString(CultureInfo.InvariantCulture)} before it was ready{Evidence}");
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
                // Listening, but still starting (a silo joining its cluster).
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} s{Evidence}");
    }

    /// <summary>Waits until it exits (a command such as <c>migrate</c>, or after <see cref="Terminate"/>) and returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} did not exit within {timeout}{Evidence}");
        }

        // The parameterless wait also drains the redirected output, so Output is complete afterwards.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, what an orchestrator sends first: the process shuts down gracefully.</summary>
    public void Terminate()
    {
        if (kill(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"could not signal {Name} (pid {_process.Id}): errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>SIGKILL to it and its children: it dies at once, as on a crashed machine.</summary>
    public void Kill()
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
            // Already gone (or, at the caller's exit, already disposed).
        }
    }

    /// <summary>Stops it: SIGTERM and up to <see cref="HostProcessOptions.StopGrace"/> to exit, then a kill.</summary>
    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _killOnExit;
        if (!_process.HasExited && _options.StopGrace > TimeSpan.Zero && kill(_process.Id, SigTerm) == 0)
        {
            using var grace = new CancellationTokenSource(_options.StopGrace);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // It lingers: the kill below ends it.
            }
        }

        Kill();
        // Also waits for the end of its output, so no line arrives after the log is closed.
        await _process.WaitForExitAsync();
        _process.Dispose();
        lock (_outputGate)
        {
            _log?.Dispose();
        }
    }

    public override string ToString() => Name;

    private static StreamWriter OpenLog(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new StreamWriter(path) { AutoFlush = true };
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputGate)
        {
            if (_log is null)
            {
                _output.AppendLine(line);
            }
            else
            {
                _log.WriteLine(line);
            }
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
