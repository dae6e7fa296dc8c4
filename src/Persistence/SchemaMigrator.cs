using Npgsql;

namespace ManaMitra.Persistence;

/// <summary>
/// Brings a PostgreSQL database to the schema this build needs. Safe to run from several
/// silos at once: they queue on one advisory lock and the later ones find nothing to do.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>The command operators run to upgrade; quoted in every "schema too old" message.</summary>
    public const string MigrateCommand = "dotnet run --project src/Silo -- migrate";

    // Fixed, project-specific key ("MANAMITR" in ASCII) so no other tool sharing the database
    // takes the same advisory lock by accident.
    private const long AdvisoryLockKey = 0x4D414E414D495452;

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version
        (
            version    integer     PRIMARY KEY,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """;

    public static Task<MigrationResult> MigrateAsync(string connectionString, CancellationToken cancellationToken) =>
        MigrateAsync(connectionString, Migration.All, cancellationToken);

    /// <summary>Applies <paramref name="migrations"/> (in version order) that the database lacks.</summary>
    public static async Task<MigrationResult> MigrateAsync(
        string connectionString, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // Session-level lock: it spans the per-migration transactions below and PostgreSQL
        // drops it by itself if this process dies mid-way.
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, CreateVersionTable, cancellationToken);
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            VerifyChecksums(applied, migrations);

            var from = applied.Count == 0 ? 0 : applied.Keys.Max();
            var done = new List<Migration>();
            foreach (var migration in migrations.Where(m => !applied.ContainsKey(m.Version)))
            {
                await ApplyAsync(connection, migration, cancellationToken);
                done.Add(migration);
            }

            return new MigrationResult(from, Math.Max(from, done.Count == 0 ? 0 : done[^1].Version), done);
        }
        finally
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Throws <see cref="SchemaVersionException"/> unless the database holds every migration this
    /// build ships, unaltered. Silos call it at start-up instead of migrating implicitly, so a
    /// schema change is always a deliberate operator step.
    /// </summary>
    public static async Task EnsureCurrentAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection);
        var applied = (bool)(await exists.ExecuteScalarAsync(cancellationToken))!
            ? await ReadAppliedAsync(connection, cancellationToken)
            : [];
        VerifyChecksums(applied, Migration.All);

        var current = applied.Count == 0 ? 0 : applied.Keys.Max();
        if (Migration.All.Any(m => !applied.ContainsKey(m.Version)))
        {
            throw new SchemaVersionException(
                $"database schema is at version {current}, this build needs {Migration.Latest}: run `{MigrateCommand}`");
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
        }
        catch (PostgresException e)
        {
            throw new SchemaVersionException(
                $"migration {migration.Version:D4}_{migration.Name} failed and was rolled back: {e.MessageText}");
        }

        await using var record = new NpgsqlCommand(
            "INSERT INTO schema_version (version, name, checksum) VALUES (@version, @name, @checksum)", connection, transaction);
        record.Parameters.AddWithValue("version", migration.Version);
        record.Parameters.AddWithValue("name", migration.Name);
        record.Parameters.AddWithValue("checksum", migration.Checksum);
        await record.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadAppliedAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, (string, string)>();
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return applied;
    }

    private static void VerifyChecksums(Dictionary<int, (string Name, string Checksum)> applied, IReadOnlyList<Migration> migrations)
    {
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var row) && row.Checksum != migration.Checksum)
            {
                // An applied migration is history: editing it would leave databases that ran the
                // old text silently different from new ones. Changes go into a new migration.
                throw new SchemaVersionException(
                    $"migration {migration.Version:D4}_{migration.Name} was changed after it was applied " +
                    $"(database checksum {row.Checksum}, this build {migration.Checksum}); " +
                    "restore the original file and put the change in a new migration");
            }
        }
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
