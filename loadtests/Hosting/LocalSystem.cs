using System.Reflection;
using ManaMitra.LoadTests.Reference;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>
/// The system under test started by the run, as separate processes: either the one in-memory process (frontend with
/// an embedded silo), or a throwaway PostgreSQL (or a database of one the caller keeps), <c>Silo migrate</c>, N silo
/// processes and the frontend as their Orleans client; or the ladder benchmark's reference bot. Each process's output
/// goes to its log in the report folder. Disposing stops them in reverse order: frontend, silos, database if its own.
/// </summary>
public sealed class LocalSystem : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    // SIGTERM first, so each stops as in production (a silo leaves the cluster cleanly), then a kill if it lingers.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly List<HostProcess> _processes = [];
    private readonly string _reportDir;
    private ThrowawayPostgres? _postgres;
    private Uri? _frontendUrl;

    private LocalSystem(string description, string reportDir)
    {
        Description = description;
        _reportDir = reportDir;
    }

    public string Description { get; }

    public Uri BaseUrl => _frontendUrl ?? throw new InvalidOperationException("The frontend has not started.");

    /// <summary>
    /// Every process the run started and their names, the database server included when it is the system's own: their
    /// CPU time is the system's cost.
    /// </summary>
    public IReadOnlyList<(string Name, int ProcessId)> Processes =>
        [.. _processes.Select(p => (p.Name, p.Id)), .. _postgres is null ? [] : new[] { ("postgres", _postgres.ServerProcessId) }];

    public static Task<LocalSystem> StartInMemoryAsync(string root, SystemSettings settings, string reportDir, CancellationToken cancellationToken) =>
        StartAsync("local (one frontend process, embedded silo, in-memory storage)", reportDir, async system =>
        {
            var url = LoopbackUrl();
            await system.StartReadyAsync("frontend", Dll(root, "Frontend", "ManaMitra.WebhookFrontend.dll"), [], settings.EmbeddedFrontend(url), url, cancellationToken);
            system._frontendUrl = url;
        });

    public static Task<LocalSystem> StartOnPostgresAsync(string root, SystemSettings settings, int silos, string reportDir, CancellationToken cancellationToken) =>
        StartAsync(ClusterDescription(silos), reportDir, async system =>
        {
            system._postgres = await ThrowawayPostgres.StartAsync(DurablePostgres.Options(reportDir), cancellationToken);
            var connectionString = await system._postgres.CreateDatabaseAsync(DurablePostgres.Database, cancellationToken);
            await system.StartClusterAsync(root, settings, silos, connectionString, cancellationToken);
        });

    /// <summary>
    /// The same cluster on a database of a PostgreSQL server the caller started and keeps, so systems measured one
    /// after another differ in nothing but themselves; the server's CPU is the caller's to count.
    /// </summary>
    public static Task<LocalSystem> StartOnPostgresAsync(
        string root, SystemSettings settings, int silos, string connectionString, string reportDir, CancellationToken cancellationToken) =>
        StartAsync(ClusterDescription(silos), reportDir, system => system.StartClusterAsync(root, settings, silos, connectionString, cancellationToken));

    /// <summary>
    /// One process on a database the caller keeps: the frontend hosting the cluster's only silo
    /// (<c>ManaMitra__Frontend__HostsSilo</c>), so a webhook reaches its grain without the client-to-gateway hop.
    /// </summary>
    public static Task<LocalSystem> StartSiloHostingFrontendAsync(
        string root, SystemSettings settings, string connectionString, string reportDir, CancellationToken cancellationToken) =>
        StartAsync("local cluster (the frontend process hosting its one silo, PostgreSQL 15 storage)", reportDir, async system =>
        {
            var cluster = new PostgresTarget(connectionString, $"loadtest-{Guid.NewGuid():N}"[..20]);
            await system.MigrateAsync(Dll(root, "Silo", "ManaMitra.Silo.dll"), cluster, cancellationToken);
            var url = LoopbackUrl();
            await system.StartReadyAsync("frontend", Dll(root, "Frontend", "ManaMitra.WebhookFrontend.dll"), [], settings.SiloHostingFrontend(url, cluster), url, cancellationToken);
            system._frontendUrl = url;
        });

    /// <summary>
    /// The ladder benchmark's reference bot: the load tool's own assembly as a process of its own, writing to
    /// <paramref name="connectionString"/>.
    /// </summary>
    public static Task<LocalSystem> StartReferenceBotAsync(SystemSettings settings, string connectionString, string reportDir, CancellationToken cancellationToken) =>
        StartAsync("reference bot (one process: signature, envelope, a group-committed row, one reply)", reportDir, async system =>
        {
            var url = LoopbackUrl();
            var dll = typeof(LocalSystem).Assembly.Location;
            await system.StartReadyAsync("reference", dll, [ReferenceBot.Argument], settings.ReferenceBot(url, connectionString), url, cancellationToken);
            system._frontendUrl = url;
        });

    public async ValueTask DisposeAsync()
    {
        for (var i = _processes.Count - 1; i >= 0; i--)
        {
            await _processes[i].DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    // Whatever had started when a start fails is stopped again.
    private static async Task<LocalSystem> StartAsync(string description, string reportDir, Func<LocalSystem, Task> start)
    {
        var system = new LocalSystem(description, reportDir);
        try
        {
            await start(system);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    private static string ClusterDescription(int silos) => $"local cluster ({silos} silo processes, PostgreSQL 15 storage, frontend process as Orleans client)";

    private async Task StartClusterAsync(string root, SystemSettings settings, int silos, string connectionString, CancellationToken cancellationToken)
    {
        var cluster = new PostgresTarget(connectionString, $"loadtest-{Guid.NewGuid():N}"[..20]);
        var silo = Dll(root, "Silo", "ManaMitra.Silo.dll");
        await MigrateAsync(silo, cluster, cancellationToken);

        var frontendUrl = LoopbackUrl();
        // Started side by side, each added to the processes before its first wait.
        var started = Enumerable.Range(1, silos).Select(n =>
        {
            var url = LoopbackUrl();
            return StartReadyAsync($"silo{n}", silo, [], settings.Silo(url, cluster, frontendUrl), url, cancellationToken);
        }).ToList();
        foreach (var starting in started)
        {
            await starting;
        }

        await StartReadyAsync("frontend", Dll(root, "Frontend", "ManaMitra.WebhookFrontend.dll"), [], settings.ClientFrontend(frontendUrl, cluster), frontendUrl, cancellationToken);
        _frontendUrl = frontendUrl;
    }

    // Kept for stopping from the moment it starts, so one that never becomes ready is stopped with the rest.
    private async Task StartReadyAsync(
        string name, string dll, IReadOnlyList<string> arguments, IEnumerable<KeyValuePair<string, string>> environment, Uri url, CancellationToken cancellationToken)
    {
        var process = HostProcess.Start(name, dll, Options(name, arguments, environment));
        _processes.Add(process);
        await process.WaitUntilReadyAsync(url, ReadyTimeout, cancellationToken);
    }

    private async Task MigrateAsync(string silo, PostgresTarget cluster, CancellationToken cancellationToken)
    {
        var options = Options("migrate", ["migrate"], cluster.Environment());
        await using var migrate = HostProcess.Start("migrate", silo, options);
        var exitCode = await migrate.WaitForExitAsync(ReadyTimeout, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"migrate exited with code {exitCode}; see {options.LogPath}.");
        }
    }

    private HostProcessOptions Options(string name, IReadOnlyList<string> arguments, IEnumerable<KeyValuePair<string, string>> environment) => new()
    {
        Arguments = arguments,
        Environment = environment,
        LogPath = Path.Combine(_reportDir, $"{name}.log"),
        StopGrace = StopGrace,
    };

    private static Uri LoopbackUrl() => new($"http://127.0.0.1:{FreePort.Next()}");

    // Where `dotnet build -c Release loadtests` put each host, relative to the repository root (see LoadTests.csproj).
    private static string Dll(string root, string host, string file)
    {
        var output = typeof(LocalSystem).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == $"ManaMitra.{host}Output").Value!;
        var path = Path.Combine(root, output, file);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Not built: {path}. Build it with `dotnet build -c Release loadtests` (it builds the system too).", path);
    }
}
