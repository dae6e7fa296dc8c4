using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Npgsql;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// A throwaway PostgreSQL cluster started from the installed server binaries, one per test run
/// (see <see cref="PostgresCollection"/>), deleted on dispose. Tests get isolated databases from
/// <see cref="CreateDatabaseAsync"/> instead of sharing one.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SuperUser = "postgres";
    private static readonly string[] BinaryFolders = ["/usr/lib/postgresql/15/bin", "/usr/local/bin", "/usr/bin"];

    private readonly string root = Path.Combine(Path.GetTempPath(), $"manamitra-pg-{Guid.NewGuid():N}");
    private string binaries = "";
    private int port;

    private string DataDirectory => Path.Combine(root, "data");

    public async Task InitializeAsync()
    {
        binaries = FindBinaries();
        Directory.CreateDirectory(root);
        if (IsRoot())
        {
            // initdb refuses to run as root, and the server must own its data directory.
            await RunAsync("chown", ["-R", $"{SuperUser}:{SuperUser}", root]);
        }

        await RunServerToolAsync("initdb", ["-D", DataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--no-sync"]);
        port = FreeLoopbackPort();
        await StartAsync();
    }

    /// <summary>Starts the server on its data directory and port, waiting until it accepts connections.</summary>
    public Task StartAsync() => RunServerToolAsync("pg_ctl",
    [
        "-D", DataDirectory, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
        "-o", $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
        "start",
    ]);

    /// <summary>
    /// Stops the server as an outage would: open connections are cut, committed data stays, and
    /// <see cref="StartAsync"/> brings the same databases back on the same port.
    /// </summary>
    public Task StopAsync() => RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"]);

    public async Task DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>A fresh database with a unique name, for tests that need no particular one.</summary>
    public Task<string> CreateDatabaseAsync() => CreateDatabaseAsync($"t_{Guid.NewGuid():N}");

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = SuperUser,
        Database = database,
    }.ConnectionString;

    private static string FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var folder in BinaryFolders.Concat(onPath))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in " +
            string.Join(", ", BinaryFolders) + ". Install the PostgreSQL 15 server (e.g. apt-get install postgresql-15).");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    private static bool IsRoot() => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    private Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(binaries, tool);
        return IsRoot()
            ? RunAsync("runuser", ["-u", SuperUser, "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        // Read both streams concurrently: a full pipe would otherwise block the child forever.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
