using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// One of the project's executables run as <c>dotnet &lt;assembly&gt; args</c>, configured only through environment
/// variables, as a container runs it. Its output is kept for failure messages.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int SigTerm = 15;

    // Settings of the machine running the tests must not leak into the process under test.
    private static readonly string[] InheritedPrefixesRemoved = ["ConnectionStrings__", "Orleans__", "WhatsApp__", "ManaMitra__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static HostProcess Start(string name, string assembly, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        StartIn(Path.GetDirectoryName(assembly)!, name, assembly, environment, arguments);

    /// <summary>As <see cref="Start"/>, from another working directory than the assembly's own folder.</summary>
    public static HostProcess StartIn(string workingDirectory, string name, string assembly, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => InheritedPrefixesRemoved.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, process);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Runs to completion (a command such as <c>migrate</c>) and returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not exit within {timeout}:\n{Output}");
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

    /// <summary>SIGKILL: the process dies at once, as on a crashed machine.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public override string ToString() => Name;

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
