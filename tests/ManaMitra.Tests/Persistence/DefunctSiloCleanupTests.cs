using System.Data;
using ManaMitra.Persistence;
using Npgsql;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// The provider runs CleanupDefunctSiloEntryKey only for dead silos (hourly by default), so a
/// cluster test would not reach it. This replays its call exactly: times typed DbType.DateTime,
/// as Orleans 10.4.2 does for every invariant but SqlClient.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DefunctSiloCleanupTests(PostgresServer server)
{
    [Fact]
    public async Task A_dead_silo_row_is_deleted_only_while_unchanged()
    {
        var cs = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(cs, CancellationToken.None);
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await using (var seed = new NpgsqlCommand("""
            INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES ('c');
            INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, StartTime, IAmAliveTime)
            VALUES ('c', '10.0.0.1', 11111, 1, 's', 'h', 6, @start, @start);
            """, connection))
        {
            seed.Parameters.AddWithValue("start", start);
            await seed.ExecuteNonQueryAsync();
        }

        await using var query = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntryKey'", connection);
        var cleanup = (string)(await query.ExecuteScalarAsync())!;

        Assert.Equal(0, await CleanupAsync(connection, cleanup, start.AddSeconds(1)));
        Assert.Equal(1, await CleanupAsync(connection, cleanup, start));
    }

    private static async Task<int> CleanupAsync(NpgsqlConnection connection, string sql, DateTime capturedIAmAlive)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("DeploymentId", "c"));
        command.Parameters.Add(new NpgsqlParameter("Address", DbType.AnsiString) { Value = "10.0.0.1" });
        command.Parameters.Add(new NpgsqlParameter("Port", 11111));
        command.Parameters.Add(new NpgsqlParameter("Generation", 1));
        command.Parameters.Add(new NpgsqlParameter("SuspectTimes", DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("StartTime", DbType.DateTime) { Value = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        command.Parameters.Add(new NpgsqlParameter("IAmAliveTime", DbType.DateTime) { Value = capturedIAmAlive });
        return await command.ExecuteNonQueryAsync();
    }
}
