using ManaMitra.Persistence;
using Npgsql;

namespace ManaMitra.Tests.Persistence;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMigratorTests(PostgresServer server)
{
    // Every key Microsoft.Orleans.*.AdoNet 10.4.2 refuses to start without, plus the optional
    // CleanupDefunctSiloEntryKey it prefers when present.
    private static readonly string[] RequiredQueryKeys =
    [
        "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [Fact]
    public async Task Migrating_an_empty_database_applies_every_migration_and_installs_all_provider_queries()
    {
        var cs = await server.CreateDatabaseAsync();

        var result = await SchemaMigrator.MigrateAsync(cs, CancellationToken.None);

        Assert.Equal(0, result.FromVersion);
        Assert.Equal(Migration.Latest, result.ToVersion);
        Assert.Equal(Migration.All.Select(m => m.Version), result.Applied.Select(m => m.Version));
        Assert.Equal(
            Migration.All.Select(m => (m.Version, m.Checksum)),
            await QueryAsync(cs, "SELECT version, checksum FROM schema_version ORDER BY version", r => (r.GetInt32(0), r.GetString(1))));
        var keys = await QueryAsync(cs, "SELECT QueryKey FROM OrleansQuery", r => r.GetString(0));
        Assert.Empty(RequiredQueryKeys.Except(keys));
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        var cs = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(cs, CancellationToken.None);
        var before = await QueryAsync(cs, "SELECT version, applied_at FROM schema_version ORDER BY version", r => (r.GetInt32(0), r.GetDateTime(1)));

        var second = await SchemaMigrator.MigrateAsync(cs, CancellationToken.None);

        Assert.Empty(second.Applied);
        Assert.Equal(Migration.Latest, second.FromVersion);
        Assert.Equal(Migration.Latest, second.ToVersion);
        Assert.Equal(before, await QueryAsync(cs, "SELECT version, applied_at FROM schema_version ORDER BY version", r => (r.GetInt32(0), r.GetDateTime(1))));
    }

    [Fact]
    public async Task Concurrent_migrations_from_several_silos_apply_each_migration_exactly_once()
    {
        var cs = await server.CreateDatabaseAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => SchemaMigrator.MigrateAsync(cs, CancellationToken.None))));

        Assert.Equal(
            Migration.All.Select(m => m.Version),
            results.SelectMany(r => r.Applied).Select(m => m.Version).Order());
        Assert.All(results, r => Assert.Equal(Migration.Latest, r.ToVersion));
        Assert.Equal([Migration.All.Count], await QueryAsync(cs, "SELECT count(*)::int FROM schema_version", r => r.GetInt32(0)));
    }

    [Fact]
    public async Task EnsureCurrent_rejects_an_unmigrated_database_and_accepts_a_migrated_one()
    {
        var cs = await server.CreateDatabaseAsync();

        var error = await Assert.ThrowsAsync<SchemaVersionException>(() => SchemaMigrator.EnsureCurrentAsync(cs));
        Assert.Equal(
            $"database schema is at version 0, this build needs {Migration.Latest}: run `dotnet run --project src/Silo -- migrate`",
            error.Message);

        await SchemaMigrator.MigrateAsync(cs, CancellationToken.None);
        await SchemaMigrator.EnsureCurrentAsync(cs);
    }

    [Fact]
    public async Task EnsureCurrent_rejects_a_partly_migrated_database()
    {
        var cs = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(cs, Migration.All.Take(1).ToList(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<SchemaVersionException>(() => SchemaMigrator.EnsureCurrentAsync(cs));

        Assert.StartsWith($"database schema is at version 1, this build needs {Migration.Latest}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migration_edited_after_it_was_applied_is_refused_by_name()
    {
        var cs = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(cs, [Migration.FromText("0001_probe.sql", "CREATE TABLE probe (id integer);")], CancellationToken.None);
        var edited = Migration.FromText("0001_probe.sql", "CREATE TABLE probe (id bigint);");

        var error = await Assert.ThrowsAsync<SchemaVersionException>(
            () => SchemaMigrator.MigrateAsync(cs, [edited, Migration.FromText("0002_more.sql", "CREATE TABLE more (id integer);")], CancellationToken.None));

        Assert.Contains("0001_probe was changed after it was applied", error.Message, StringComparison.Ordinal);
        Assert.Equal([false], await QueryAsync(cs, "SELECT to_regclass('more') IS NOT NULL", r => r.GetBoolean(0)));
    }

    [Fact]
    public void Line_endings_do_not_change_a_checksum()
    {
        Assert.Equal(
            Migration.FromText("0001_a.sql", "SELECT 1;\nSELECT 2;\n").Checksum,
            Migration.FromText("0001_a.sql", "SELECT 1;\r\nSELECT 2;\r\n").Checksum);
    }

    [Fact]
    public async Task A_failing_migration_is_rolled_back_and_not_recorded()
    {
        var cs = await server.CreateDatabaseAsync();
        Migration[] migrations =
        [
            Migration.FromText("0001_good.sql", "CREATE TABLE good (id integer);"),
            Migration.FromText("0002_bad.sql", "CREATE TABLE half (id integer); SELECT * FROM no_such_table;"),
        ];

        var error = await Assert.ThrowsAsync<SchemaVersionException>(() => SchemaMigrator.MigrateAsync(cs, migrations, CancellationToken.None));

        Assert.Contains("0002_bad failed", error.Message, StringComparison.Ordinal);
        Assert.Equal([1], await QueryAsync(cs, "SELECT version FROM schema_version", r => r.GetInt32(0)));
        Assert.Equal([false], await QueryAsync(cs, "SELECT to_regclass('half') IS NOT NULL", r => r.GetBoolean(0)));
    }

    private static async Task<List<T>> QueryAsync<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
