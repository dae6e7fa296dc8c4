using System.Diagnostics;
using System.Globalization;
using ManaMitra.LoadTests.Hosting;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// The ceiling of durable grain-state writes on this machine: <c>pgbench</c> with a custom script upserting rows of a
/// table shaped like Orleans' storage table (src/Persistence/Migrations/0002_orleans_storage.sql: same columns,
/// same unique key, same hash index), on a throwaway PostgreSQL 15 with default durability, 100,000 citizens preloaded.
/// <c>dotnet run -c Release --project loadtests -- --benchmark postgres-upsert --duration 30</c>
/// </summary>
public static class PostgresUpsertBenchmark
{
    private const int Citizens = 100_000;

    // A chat state as the binary serializer writes it is a few hundred bytes to a few KB (session, seen ids, outbox).
    private const int PayloadBytes = 1500;

    private const string Schema = """
        CREATE TABLE GrainState
        (
            GrainIdHash            integer      NOT NULL,
            GrainIdN0              bigint       NOT NULL,
            GrainIdN1              bigint       NOT NULL,
            GrainTypeHash          integer      NOT NULL,
            GrainTypeString        varchar(512) NOT NULL,
            GrainIdExtensionString varchar(512) NULL,
            ServiceId              varchar(150) NOT NULL,
            PayloadBinary          bytea        NULL,
            ModifiedOn             timestamptz  NOT NULL DEFAULT now(),
            Version                integer      NOT NULL,
            CONSTRAINT UQ_GrainState_Grain UNIQUE NULLS NOT DISTINCT
                (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
        );
        CREATE INDEX IX_GrainState_Hashes ON GrainState (GrainIdHash, GrainTypeHash);
        """;

    public static async Task<int> RunAsync(string root, TimeSpan duration)
    {
        var reportDir = Path.Combine(root, "loadtests", "reports", "latest");
        Directory.CreateDirectory(reportDir);
        await using var postgres = await ThrowawayPostgres.StartAsync(DurablePostgres.Options(reportDir));
        await postgres.CreateDatabaseAsync(DurablePostgres.Database);
        var payload = $"'\\x{new string('a', PayloadBytes * 2)}'::bytea";
        await ExecAsync("psql", postgres, ["-v", "ON_ERROR_STOP=1", "-q", "-c", Schema]);
        await ExecAsync("psql", postgres, ["-v", "ON_ERROR_STOP=1", "-q", "-c", string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO GrainState (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, Version) SELECT i, i, 0, 1729, 'citizenchat', '91' || i, 'manamitra', {payload}, 1 FROM generate_series(1, {Citizens}) i;")]);
        await ExecAsync("psql", postgres, ["-v", "ON_ERROR_STOP=1", "-q", "-c", "VACUUM ANALYZE GrainState"]);
        var script = Path.Combine(AppContext.BaseDirectory, "Benchmarks", "grain-state-upsert.sql");
        foreach (var clients in new[] { 1, 16, 64 })
        {
            var output = await ExecAsync("pgbench", postgres,
            [
                "-n", "-M", "simple", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
                "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
                "-D", $"citizens={Citizens}", "-D", $"payload={payload}", "-f", script,
            ]);
            var tps = output.Split('\n').FirstOrDefault(l => l.StartsWith("tps", StringComparison.Ordinal)) ?? "(no tps line)";
            var latency = output.Split('\n').FirstOrDefault(l => l.StartsWith("latency average", StringComparison.Ordinal)) ?? "";
            Console.WriteLine(Inv($"postgres upsert, {clients} client(s): {tps.Trim()}; {latency.Trim()}; load average {LoadAverage.Now()}"));
        }

        return 0;
    }

    private static async Task<string> ExecAsync(string program, ThrowawayPostgres postgres, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-h", "127.0.0.1", "-p", postgres.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres" }.Concat(arguments).Append(DurablePostgres.Database))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
