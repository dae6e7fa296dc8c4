using Npgsql;

namespace ManaMitra.Persistence;

/// <summary>
/// How many PostgreSQL connections each process may hold. Npgsql's default pool is 100 connections per connection
/// string, PostgreSQL's default <c>max_connections</c> is 100 (3 kept for superusers): one silo under a burst of new
/// citizens could take them all, and a second silo or a frontend was then refused ("sorry, too many clients
/// already"). With these defaults a silo holds at most 23 (16 shared, 4 for group commit, 1 for the pending-work sweep,
/// 2 for the ledger: its appender and its reads) and a frontend 2, so four silos and two frontends fit in PostgreSQL's
/// defaults (96 of 97). A connection string that names its own <c>Maximum Pool Size</c> keeps it for the shared pool.
/// </summary>
public static class ConnectionBudget
{
    /// <summary>
    /// Orleans' ADO.NET providers in a silo share one pool (same connection string): membership, reminders (payments,
    /// grievances) and the citizens' states written rarely; the access log's appender, audits and sweeps too.
    /// </summary>
    public const int SiloShared = 16;

    /// <summary>A frontend reads the membership table to find gateways, now and then.</summary>
    public const int Client = 2;

    // Npgsql's spellings of the key; a connection string may use any of them.
    private static readonly string[] MaxPoolSizeKeys = ["Maximum Pool Size", "MaxPoolSize"];

    /// <summary><paramref name="connectionString"/> with <paramref name="maxPoolSize"/>, unless it set a pool size itself.</summary>
    public static NpgsqlConnectionStringBuilder Limit(string connectionString, int maxPoolSize)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql's builder reports its default for a key never given, so whether one was given is read off the text.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!MaxPoolSizeKeys.Any(given.ContainsKey))
        {
            builder.MaxPoolSize = maxPoolSize;
        }

        return builder;
    }
}
