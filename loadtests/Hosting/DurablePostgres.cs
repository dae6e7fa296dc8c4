using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>
/// The throwaway PostgreSQL of load runs and benchmarks: durability at PostgreSQL's defaults (fsync and synchronous
/// commit on), so the figures are those of durable storage; connections and buffers for several silos' pools; its
/// log kept with the run's reports.
/// </summary>
public static class DurablePostgres
{
    /// <summary>The one database the system, or a benchmark, works in.</summary>
    public const string Database = "manamitra";

    public static ThrowawayPostgresOptions Options(string reportDir) => new()
    {
        Durable = true,
        MaxConnections = 300,
        SharedBuffers = "256MB",
        LogPath = Path.Combine(reportDir, "postgres.log"),
    };
}
