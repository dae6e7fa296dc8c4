using System.Reflection;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>
/// The system under test started by the run, as separate processes: either the one in-memory process (frontend with
/// an embedded silo), or a throwaway PostgreSQL, <c>Silo migrate</c>, N silo processes and the frontend as their
/// Orleans client. Disposing stops them in reverse order: frontend, silos, database.
/// </summary>
public sealed class LocalSystem : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    private readonly List<HostProcess> _processes = [];
    private ThrowawayPostgres? _postgres;

    private LocalSystem(string description) => Description = description;

    public string Description { get; }

    public Uri BaseUrl => _processes[^1].BaseUrl!;

    /// <summary>Every process the run started and their names, the database server included: their CPU time is the system's cost.</summary>
    public IReadOnlyList<(string Name, int ProcessId)> Processes =>
        [.. _processes.Select(p => (p.Name, p.Id)), .. _postgres is null ? [] : new[] { ("postgres", _postgres.ServerProcessId) }];

    public static async Task<LocalSystem> StartInMemoryAsync(string root, SystemSettings settings, string reportDir, CancellationToken cancellationToken)
    {
        var system = new LocalSystem("local (one frontend process, embedded silo, in-memory storage)");
        try
        {
            var url = LoopbackUrl();
            system._processes.Add(await HostProcess.StartAsync("frontend", Dll(root, "Frontend", "ManaMitra.WebhookFrontend.dll"), [],
                settings.EmbeddedFrontend(url), url, Path.Combine(reportDir, "frontend.log"), ReadyTimeout, cancellationToken));
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    public static async Task<LocalSystem> StartOnPostgresAsync(string root, SystemSettings settings, int silos, string reportDir, CancellationToken cancellationToken)
    {
        var system = new LocalSystem($"local cluster ({silos} silo processes, PostgreSQL 15 storage, frontend process as Orleans client)");
        try
        {
            system._postgres = await ThrowawayPostgres.StartAsync(Path.Combine(reportDir, "postgres.log"), cancellationToken);
            var cluster = new PostgresTarget(system._postgres.ConnectionString, $"loadtest-{Guid.NewGuid():N}"[..20]);
            var silo = Dll(root, "Silo", "ManaMitra.Silo.dll");
            var migrateLog = Path.Combine(reportDir, "migrate.log");
            await using (var migrate = await HostProcess.StartAsync("migrate", silo, ["migrate"], cluster.Environment(), null, migrateLog, ReadyTimeout, cancellationToken))
            {
                await migrate.RunToSuccessAsync(ReadyTimeout, migrateLog, cancellationToken);
            }

            var frontendUrl = LoopbackUrl();
            var started = Enumerable.Range(1, silos).Select(n =>
            {
                var url = LoopbackUrl();
                return HostProcess.StartAsync($"silo{n}", silo, [], settings.Silo(url, cluster, frontendUrl), url, Path.Combine(reportDir, $"silo{n}.log"), ReadyTimeout, cancellationToken);
            }).ToList();
            foreach (var starting in started)
            {
                system._processes.Add(await starting);
            }

            system._processes.Add(await HostProcess.StartAsync("frontend", Dll(root, "Frontend", "ManaMitra.WebhookFrontend.dll"), [],
                settings.ClientFrontend(frontendUrl, cluster), frontendUrl, Path.Combine(reportDir, "frontend.log"), ReadyTimeout, cancellationToken));
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

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

    private static Uri LoopbackUrl() => new($"http://127.0.0.1:{FreePort.Next()}");

    // Where `dotnet build -c Release loadtests` put each host, relative to the repository root (see LoadTests.csproj).
    private static string Dll(string root, string host, string file)
    {
        var output = typeof(LocalSystem).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == $"ManaMitra.{host}Output").Value!;
        return Path.Combine(root, output, file);
    }
}
