using ManaMitra.Grains.Access;
using ManaMitra.Grains.Retention;
using ManaMitra.Interfaces.Access;
using ManaMitra.Observability;
using ManaMitra.Persistence;
using ManaMitra.Persistence.Access;
using ManaMitra.Tests.Documents;
using ManaMitra.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ManaMitra.Tests.Access;

/// <summary>
/// The access log's table on a real PostgreSQL: an audit groups exactly one actor's rows in the range, as the
/// in-memory store does; the retention sweep deletes only rows past their time by its clock, and never one younger
/// than a year by the database's; the table refuses edits and early deletes.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AccessLogStoreTests(PostgresServer server)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task An_audit_lists_one_actors_records_in_the_range_grouped_with_counts_and_addresses()
    {
        var connectionString = await MigratedAsync();
        await using var postgres = new PostgresAccessLogStore(connectionString);
        var memory = new MemoryAccessLogStore();

        foreach (var store in new IAccessLogStore[] { postgres, memory })
        {
            await store.AppendAsync(
            [
                Row("ward.one", AccessKind.ApplicationViewed, "MUN-TRD-2026-000001", "citizen-a", Now.AddMinutes(-50), "10.1.1.1"),
                Row("ward.one", AccessKind.ApplicationViewed, "MUN-TRD-2026-000001", "citizen-a", Now.AddMinutes(-40), "10.1.1.2"),
                Row("ward.one", AccessKind.GrievanceViewed, "GRV-2026-000007", "citizen-b", Now.AddMinutes(-30), "10.1.1.1"),
                Row("ward.one", AccessKind.EvidenceDownloaded, "GRV-2026-000007", "citizen-b", Now.AddMinutes(-29), null),
                // Another actor, and this actor outside the range on either side.
                Row("ward.two", AccessKind.ApplicationViewed, "MUN-TRD-2026-000002", "citizen-c", Now.AddMinutes(-20), "10.1.1.9"),
                Row("ward.one", AccessKind.ApplicationViewed, "MUN-TRD-2026-000003", "citizen-d", Now.AddHours(-3), "10.1.1.1"),
                Row("ward.one", AccessKind.ApplicationViewed, "MUN-TRD-2026-000004", "citizen-e", Now, "10.1.1.1"),
            ]);
        }

        var query = new AccessQuery("ward.one", Now.AddHours(-1), Now);
        var fromPostgres = await postgres.TouchedAsync(query).ToListAsync();
        var fromMemory = await memory.TouchedAsync(query).ToListAsync();

        string[] expected =
        [
            $"citizen-a MUN-TRD-2026-000001 application.viewed 2 {Ago(50):O} {Ago(40):O} 10.1.1.1,10.1.1.2",
            $"citizen-b GRV-2026-000007 evidence.downloaded 1 {Ago(29):O} {Ago(29):O} ",
            $"citizen-b GRV-2026-000007 grievance.viewed 1 {Ago(30):O} {Ago(30):O} 10.1.1.1",
        ];
        Assert.Equal(expected, fromPostgres.Select(Line));
        Assert.Equal(expected, fromMemory.Select(Line));
        Assert.Single(await postgres.TouchedAsync(query, limit: 1).ToListAsync());
    }

    [Fact]
    public async Task The_sweep_deletes_only_the_rows_past_the_retention_period_of_its_clock()
    {
        var connectionString = await MigratedAsync();
        await using var store = new PostgresAccessLogStore(connectionString);
        await store.AppendAsync(
        [
            Row("ward.one", AccessKind.ApplicationViewed, "OLDEST", "citizen-a", Now.AddDays(-500), null),
            Row("ward.one", AccessKind.ApplicationViewed, "EXPIRED", "citizen-a", Now.AddDays(-401), null),
            Row("ward.one", AccessKind.ApplicationViewed, "NEARLY", "citizen-a", Now.AddDays(-399), null),
            Row("ward.one", AccessKind.ApplicationViewed, "RECENT", "citizen-a", Now.AddDays(-1), null),
        ]);
        var clock = new SettableClock(Now);
        var sweeper = Sweeper(store, clock);

        Assert.Equal(2, await sweeper.SweepAsync(CancellationToken.None));
        Assert.Equal(["NEARLY", "RECENT"], await ReferencesAsync(connectionString));

        clock.Now = Now.AddDays(2);
        Assert.Equal(1, await sweeper.SweepAsync(CancellationToken.None));
        Assert.Equal(["RECENT"], await ReferencesAsync(connectionString));

        // A clock running far ahead of the database's still cannot take a row younger than the law's year.
        clock.Now = Now.AddDays(800);
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
        Assert.Equal(["RECENT"], await ReferencesAsync(connectionString));
    }

    [Theory]
    [InlineData("UPDATE access_log SET actor = 'someone.else'")]
    [InlineData("DELETE FROM access_log")]
    [InlineData("TRUNCATE access_log")]
    public async Task The_table_refuses_edits_and_deleting_a_row_younger_than_a_year(string sql)
    {
        var connectionString = await MigratedAsync();
        await using (var store = new PostgresAccessLogStore(connectionString))
        {
            await store.AppendAsync([Row("ward.one", AccessKind.GrievanceViewed, "GRV-2026-000001", "citizen-a", Now.AddDays(-364), null)]);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(["GRV-2026-000001"], await ReferencesAsync(connectionString));
    }

    [Fact]
    public void A_retention_shorter_than_a_year_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RetentionOptions { AccessLog = TimeSpan.FromDays(90) }.Validated());

        Assert.Contains("ManaMitra__Retention__AccessLog is 90 days", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(400), new RetentionOptions().Validated().AccessLog);
    }

    private async Task<string> MigratedAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(connectionString, CancellationToken.None);
        return connectionString;
    }

    private static AccessLogSweeper Sweeper(IAccessLogStore store, TimeProvider clock) => new ServiceCollection()
        .AddLogging()
        .AddManaMitraMetrics()
        .AddSingleton(store)
        .AddSingleton(clock)
        .Configure<RetentionOptions>(_ => { })
        .AddSingleton<AccessLogSweeper>()
        .BuildServiceProvider()
        .GetRequiredService<AccessLogSweeper>();

    private static AccessRecord Row(string actor, AccessKind kind, string reference, string citizen, DateTimeOffset at, string? client) =>
        new(at, actor, null, kind, reference, citizen, client);

    // PostgreSQL keeps microseconds: times compared at that precision.
    private static string Line(AccessTouch t) =>
        $"{t.CitizenKey} {t.Reference} {t.Kind} {t.Count} {Micro(t.First):O} {Micro(t.Last):O} {string.Join(',', t.Clients)}";

    private static DateTimeOffset Ago(int minutes) => Micro(Now.AddMinutes(-minutes));

    private static DateTimeOffset Micro(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    private static async Task<List<string>> ReferencesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT reference FROM access_log ORDER BY at", connection);
        var references = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            references.Add(reader.GetString(0));
        }

        return references;
    }
}
