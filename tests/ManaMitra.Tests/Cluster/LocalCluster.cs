using System.Globalization;
using System.Net;
using System.Text;
using ManaMitra.Hosting;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace ManaMitra.Tests.Cluster;

/// <summary>
/// The production topology as local processes: <c>migrate</c>, silo processes and a frontend process on one
/// PostgreSQL database, replies going to a fake Cloud API on loopback. Everything is configured through the
/// contract's environment variables, as docker-compose.yml configures the containers.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    public const string AppSecret = "cluster-test-app-secret";
    public const string OfficialsApiKey = "cluster-test-officials-key";
    private const string AccessToken = "EAAG-cluster-test";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<HostProcess> _processes = [];
    private readonly string _clusterId = $"test-{Guid.NewGuid():N}"[..16];
    private readonly IReadOnlyDictionary<string, string> _settings;
    private IHost? _client;
    private int _silos;

    private LocalCluster(string connectionString, FakeCloudApi cloud, IReadOnlyDictionary<string, string> settings)
    {
        ConnectionString = connectionString;
        Cloud = cloud;
        _settings = settings;
    }

    public string ConnectionString { get; }

    public FakeCloudApi Cloud { get; }

    public HttpClient Frontend { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Settings given to every process started after they are set, on top of the common ones.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>A cluster on that database; <paramref name="settings"/> (environment form) go to every process it starts.</summary>
    public static async Task<LocalCluster> CreateAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null) =>
        new(connectionString, await FakeCloudApi.StartAsync(), settings ?? new Dictionary<string, string>());

    /// <summary><c>dotnet ManaMitra.Silo.dll migrate</c>; returns the exit code and what it printed.</summary>
    public async Task<(int ExitCode, string Output)> MigrateAsync()
    {
        await using var migrate = HostProcess.Start("migrate", HostAssemblies.Silo, Common(), "migrate");
        var exitCode = await migrate.WaitForExitAsync(StartTimeout);
        return (exitCode, migrate.Output);
    }

    /// <summary>Starts silo processes side by side and waits until each reports itself Active on <c>/health/ready</c>.</summary>
    public async Task<SiloProcess[]> StartSilosAsync(int count)
    {
        var silos = Enumerable.Range(0, count).Select(_ => StartSilo()).ToArray();
        await Task.WhenAll(silos.Select(s => WaitReadyAsync(s.Process, s.HttpPort)));
        return silos;
    }

    /// <summary>Starts a silo process without waiting for it, for tests of how it refuses to start.</summary>
    public SiloProcess StartSilo()
    {
        var (siloPort, httpPort) = (FreePort.Next(), FreePort.Next());
        var environment = SiloEnvironment(siloPort);
        environment["ASPNETCORE_URLS"] = Url(httpPort);
        var process = HostProcess.Start($"silo{++_silos}", HostAssemblies.Silo, environment);
        _processes.Add(process);
        return new SiloProcess(process, siloPort, httpPort);
    }

    /// <summary>
    /// Starts the frontend and waits until it is ready: a client of this cluster, or with <paramref name="hostsSilo"/>
    /// one of its silos (<c>ManaMitra__Frontend__HostsSilo</c>).
    /// </summary>
    public async Task<HostProcess> StartFrontendAsync(bool hostsSilo = false)
    {
        var httpPort = FreePort.Next();
        var environment = hostsSilo ? SiloEnvironment(FreePort.Next()) : Common();
        if (hostsSilo)
        {
            environment["ManaMitra__Frontend__HostsSilo"] = "true";
        }

        environment["ASPNETCORE_URLS"] = Url(httpPort);
        environment["WhatsApp__AppSecret"] = AppSecret;
        var process = HostProcess.Start("frontend", HostAssemblies.Frontend, environment);
        _processes.Add(process);
        Frontend.BaseAddress = new Uri(Url(httpPort));
        await WaitReadyAsync(process, httpPort);
        return process;
    }

    private Dictionary<string, string> SiloEnvironment(int siloPort)
    {
        var gatewayPort = FreePort.Next();
        var environment = Common();
        environment["Orleans__SiloPort"] = Text(siloPort);
        environment["Orleans__GatewayPort"] = Text(gatewayPort);
        environment["WhatsApp__AccessToken"] = AccessToken;
        environment["ManaMitra__PublicBaseUrl"] = "https://mitra.test";
        environment["WhatsApp__PhoneNumberId"] = MetaWebhooks.PhoneNumberId;
        environment["WhatsApp__GraphApiBaseUrl"] = Cloud.BaseUrl;
        // Fail over in seconds rather than Orleans' production pace (probes every 5 s, three misses), so the
        // killed-silo test is quick; the mechanism is the same.
        environment["Orleans__Membership__ProbeTimeout"] = "00:00:01";
        environment["Orleans__Membership__NumMissedProbesLimit"] = "2";
        return environment;
    }

    /// <summary>POSTs a webhook signed as Meta signs it, once; with <paramref name="traceParent"/>, as part of that trace.</summary>
    public async Task<HttpStatusCode> PostAsync(string body, string? traceParent = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook")
        {
            Content = MetaSignature.SignedContent(Encoding.UTF8.GetBytes(body), Encoding.UTF8.GetBytes(AppSecret)),
        };
        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }

        try
        {
            using var response = await Frontend.SendAsync(request);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // No answer at all is, for Meta, the same as a 5xx: it retries.
            return HttpStatusCode.BadGateway;
        }
    }

    /// <summary>
    /// Delivers a webhook as Meta does: the same body again after any non-2xx, until it is acknowledged.
    /// Returns how many attempts that took.
    /// </summary>
    public async Task<int> DeliverAsync(string body, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        for (var attempt = 1; ; attempt++)
        {
            var status = await PostAsync(body);
            if (status == HttpStatusCode.OK)
            {
                return attempt;
            }

            Assert.True((int)status >= 500, $"webhook answered {(int)status}, which Meta would not retry");
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"webhook not acknowledged after {attempt} attempts; last status {(int)status}\n{Logs()}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>An Orleans client in the test process, for looking inside grains (outboxes, placement).</summary>
    public async Task<IGrainFactory> ClientAsync()
    {
        if (_client is null)
        {
            var settings = new ClusterSettings(_clusterId, "manamitra-test", 0, 0, ConnectionString, IPAddress.Loopback);
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.UseOrleansClient(client => client.AddManaMitraCluster(settings));
            _client = builder.Build();
            await _client.StartAsync();
        }

        return _client.Services.GetRequiredService<IGrainFactory>();
    }

    /// <summary>
    /// Drops the test's own client so the next <see cref="ClientAsync"/> reads the gateways afresh: after every silo
    /// restarted, a client that knew only the old gateways has nowhere to connect until its list refreshes.
    /// </summary>
    public async Task ForgetClientAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync(TimeSpan.FromSeconds(5));
            _client.Dispose();
            _client = null;
        }
    }

    /// <summary>Membership rows of this cluster by status name, e.g. <c>{ Dead: 2 }</c>.</summary>
    public async Task<Dictionary<SiloStatus, int>> MembershipAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT Status, count(*)::int FROM OrleansMembershipTable WHERE DeploymentId = @cluster GROUP BY Status", connection);
        command.Parameters.AddWithValue("cluster", _clusterId);
        var rows = new Dictionary<SiloStatus, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[(SiloStatus)reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return rows;
    }

    /// <summary>Everything the processes printed, for failure messages.</summary>
    public string Logs() => string.Join("\n", _processes.Select(p => $"--- {p.Name} ---\n{p.Output}"));

    public async ValueTask DisposeAsync()
    {
        await ForgetClientAsync();

        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        Frontend.Dispose();
        await Cloud.DisposeAsync();
    }

    private Dictionary<string, string> Common()
    {
        var environment = new Dictionary<string, string>(TestSecrets.Settings("__"))
        {
            ["ConnectionStrings__ManaMitra"] = ConnectionString,
            ["Orleans__ClusterId"] = _clusterId,
            ["Orleans__ServiceId"] = "manamitra-test",
            ["Logging__LogLevel__Default"] = "Warning",
            ["ManaMitra__OfficialsApiKey"] = OfficialsApiKey,
        };
        foreach (var (key, value) in _settings.Concat(Settings))
        {
            environment[key] = value;
        }

        return environment;
    }

    private async Task WaitReadyAsync(HostProcess process, int httpPort)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url(httpPort)), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"{process.Name} did not become ready (exited: {process.HasExited})\n{Logs()}");
    }

    private static string Url(int port) => $"http://127.0.0.1:{Text(port)}";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A silo process and the ports it was given.</summary>
public sealed record SiloProcess(HostProcess Process, int SiloPort, int HttpPort);
