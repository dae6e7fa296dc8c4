using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>
/// A PostgreSQL 15 cluster made for one load run from the installed server binaries, on 127.0.0.1 and a free port,
/// in a temporary folder deleted when it stops. initdb refuses to run as root, so as root the server tools run as
/// the <c>postgres</c> user (<c>runuser -u postgres --</c>), which then owns the folder. Durability settings stay at
/// PostgreSQL's defaults (fsync and synchronous commit on): the figures are those of durable storage.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private const string Database = "manamitra";
    private static readonly string[] BinaryFolders = ["/usr/lib/postgresql/15/bin", "/usr/local/bin", "/usr/bin"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"manamitra-loadtest-pg-{Guid.NewGuid():N}");
    private readonly string _binaries;
    private readonly int _port;
    private readonly string _logPath;

    private ThrowawayPostgres(string binaries, int port, string logPath)
    {
        _binaries = binaries;
        _port = port;
        _logPath = logPath;
    }

    public int Port => _port;

    public string ConnectionString =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={_port};Database={Database};Username={SuperUser};Maximum Pool Size=100");

    /// <summary>The postmaster's process id; its backends are its children.</summary>
    public int ServerProcessId =>
        int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>Starts the server; its log is copied to <paramref name="logPath"/> when it stops.</summary>
    public static async Task<ThrowawayPostgres> StartAsync(string logPath, CancellationToken cancellationToken)
    {
        var server = new ThrowawayPostgres(FindBinaries(), FreePort.Next(), logPath);
        try
        {
            await server.InitializeAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        if (IsRoot())
        {
            await RunAsync("chown", ["-R", $"{SuperUser}:{SuperUser}", _root], cancellationToken);
        }

        await RunServerToolAsync("initdb", ["-D", DataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8"], cancellationToken);
        await RunServerToolAsync("pg_ctl",
        [
            "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", string.Create(CultureInfo.InvariantCulture, $"-p {_port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB"),
            "start",
        ], cancellationToken);
        await RunAsync(Path.Combine(_binaries, "createdb"), ["-h", "127.0.0.1", "-p", _port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser, Database], cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], CancellationToken.None);
        }

        var serverLog = Path.Combine(_root, "server.log");
        if (File.Exists(serverLog))
        {
            File.Copy(serverLog, _logPath, overwrite: true);
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return BinaryFolders.Concat(onPath).FirstOrDefault(f => File.Exists(Path.Combine(f, "initdb")) && File.Exists(Path.Combine(f, "pg_ctl")))
            ?? throw new InvalidOperationException("--storage postgres needs the PostgreSQL 15 server (initdb, pg_ctl): apt-get install postgresql-15.");
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    private static bool IsRoot() => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    private Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_binaries, tool);
        return IsRoot() ? RunAsync("runuser", ["-u", SuperUser, "--", path, .. arguments], cancellationToken) : RunAsync(path, arguments, cancellationToken);
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        // Both streams at once: a full pipe would block the child for ever.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output} {await error}");
        }
    }
}
