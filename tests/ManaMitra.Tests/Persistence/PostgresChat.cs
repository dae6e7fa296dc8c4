using System.Net;
using ManaMitra.Grains.Delivery;
using ManaMitra.Persistence;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// A frontend hosting a silo on a fresh, migrated PostgreSQL database, and one citizen chatting with it over the signed
/// webhook, one message at a time as a person would: each stored before the next.
/// </summary>
public sealed class PostgresChat : IAsyncDisposable
{
    private PostgresChat(string connectionString, RunningFrontend frontend, string citizen) =>
        (ConnectionString, Frontend, Citizen) = (connectionString, frontend, citizen);

    public string ConnectionString { get; }

    public RunningFrontend Frontend { get; }

    /// <summary>The citizen's WhatsApp number.</summary>
    public string Citizen { get; }

    public IGrainFactory Grains => Frontend.Services.GetRequiredService<IGrainFactory>();

    private SandboxChannel Channel => Frontend.Services.GetRequiredService<SandboxChannel>();

    /// <param name="settings">Configuration of the test's own, over the defaults here.</param>
    public static async Task<PostgresChat> StartAsync(PostgresServer server, string citizen, IReadOnlyDictionary<string, string>? settings = null)
    {
        var connectionString = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(connectionString, CancellationToken.None);
        var configuration = new Dictionary<string, string>
        {
            ["ConnectionStrings:ManaMitra"] = connectionString,
            ["ManaMitra:Frontend:HostsSilo"] = "true",
            // Sent marks are written when a conversation settles: soon, so a test can read what settling leaves.
            ["ManaMitra:Outbound:WakeUpPeriod"] = "00:00:01",
            ["ManaMitra:PublicBaseUrl"] = "https://manamitra.example.gov.in",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            configuration[key] = value;
        }

        var frontend = await RunningFrontend.StartAsync(configuration);
        return new PostgresChat(connectionString, frontend, citizen);
    }

    /// <summary>
    /// Posts a message and waits for the reply it brings, so each is stored before the next; returns the sandbox's
    /// sequence before it, for <see cref="SentSinceAsync"/>.
    /// </summary>
    public async Task<long> SaysAsync(string webhook)
    {
        var before = (await Channel.ReadAsync(Citizen, 0, TimeSpan.Zero, CancellationToken.None)).Count;
        using var response = await Frontend.PostSignedAsync(webhook);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        // A read receipt and at least one reply: the sequence numbers count both.
        while ((await Channel.ReadAsync(Citizen, before + 1, TimeSpan.FromSeconds(5), CancellationToken.None)).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no reply within 30 s");
        }

        return before;
    }

    /// <summary>The bodies of everything sent to the citizen after <paramref name="sequence"/>, as one text.</summary>
    public async Task<string> SentSinceAsync(long sequence) =>
        string.Join("\n", (await Channel.ReadAsync(Citizen, sequence, TimeSpan.Zero, CancellationToken.None)).Select(m => m.Body));

    /// <summary>What the citizen was sent in answer to <paramref name="webhook"/>, once it contains <paramref name="expected"/>.</summary>
    public async Task<string> AnswerAsync(string webhook, string expected)
    {
        var before = await SaysAsync(webhook);
        return await Eventually.Until(() => SentSinceAsync(before), sent => sent.Contains(expected, StringComparison.Ordinal));
    }

    public ValueTask DisposeAsync() => Frontend.DisposeAsync();
}
