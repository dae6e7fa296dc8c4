using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace ManaMitra.Testing;

/// <summary>
/// A PostgreSQL 15 cluster made from the installed server binaries, on 127.0.0.1 and a free port, in a temporary
/// folder deleted when it is disposed. Each user gets its own databases from <see cref="CreateDatabaseAsync"/>.
/// initdb refuses to run as root, so as root the server tools run as the <c>postgres</c> user
/// (<c>runuser -u postgres --</c>), which then owns the folder.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private static readonly string[] BinaryFolders = ["/usr/lib/postgresql/15/bin", "/usr/local/bin", "/usr/bin"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"manamitra-pg-{Guid.NewGuid():N}");
    private readonly string _binaries;
    private readonly ThrowawayPostgresOptions _options;

    private ThrowawayPostgres(string binaries, int port, ThrowawayPostgresOptions options)
    {
        _binaries = binaries;
        Port = port;
        _options = options;
    }

    public int Port { get; }

    /// <summary>The postmaster's process id; its backends are its children.</summary>
    public int ServerProcessId =>
        int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    private string DataDirectory => Path.Combine(_root, "data");

    private string ServerLog => Path.Combine(_root, "server.log");

    /// <summary>Creates the cluster and starts the server, waiting until it accepts connections.</summary>
    public static async Task<ThrowawayPostgres> StartAsync(ThrowawayPostgresOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = new ThrowawayPostgres(FindBinaries(), FreePort.Next(), options ?? new ThrowawayPostgresOptions());
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

    /// <summary>
    /// Stops the server as an outage would: open connections are cut, committed data stays, and
    /// <see cref="StartAgainAsync"/> brings the same databases back on the same port.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"], cancellationToken);

    /// <summary>Starts the server on its data directory and port, waiting until it accepts connections.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var settings = string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections={_options.MaxConnections}");
        if (!_options.Durable)
        {
            settings += " -c fsync=off";
        }

        if (_options.SharedBuffers is not null)
        {
            settings += $" -c shared_buffers={_options.SharedBuffers}";
        }

        return RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-l", ServerLog, "-w", "-t", "60", "-o", settings, "start"], cancellationToken);
    }

    /// <summary>Creates an empty database, by default with a unique name, and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        name ??= $"t_{Guid.NewGuid():N}";
        // Unpooled: no idle connection is left behind to hold a backend (whose CPU a load run counts) or to break
        // when the server stops.
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    /// <summary>What <c>pg_dump</c> writes of <paramref name="database"/>: every table's schema and rows, as an operator's backup holds them.</summary>
    public Task<string> DumpAsync(string database, CancellationToken cancellationToken = default) =>
        RunAsync(Path.Combine(_binaries, "pg_dump"), ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser, database], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], CancellationToken.None);
        }

        if (_options.LogPath is not null && File.Exists(ServerLog))
        {
            File.Copy(ServerLog, _options.LogPath, overwrite: true);
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        if (IsRoot())
        {
            // initdb refuses to run as root, and the server must own its data directory.
            await RunAsync("chown", ["-R", $"{SuperUser}:{SuperUser}", _root], cancellationToken);
        }

        string[] initdb = ["-D", DataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8"];
        await RunServerToolAsync("initdb", _options.Durable ? initdb : [.. initdb, "--no-sync"], cancellationToken);
        await StartAgainAsync(cancellationToken);
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
    }.ConnectionString;

    private static string FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return BinaryFolders.Concat(onPath).FirstOrDefault(f => File.Exists(Path.Combine(f, "initdb")) && File.Exists(Path.Combine(f, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in " + string.Join(", ", BinaryFolders) +
                ". Install the PostgreSQL 15 server: apt-get install postgresql-15.");
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    private static bool IsRoot() => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    private Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_binaries, tool);
        return IsRoot()
            ? RunAsync("runuser", ["-u", SuperUser, "--", path, .. arguments], cancellationToken)
            : RunAsync(path, arguments, cancellationToken);
    }

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        // Both streams at once: a full pipe would otherwise block the child for ever.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }

        return await output;
    }
}
