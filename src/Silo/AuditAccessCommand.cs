using System.Globalization;
using System.Text.Json;
using ManaMitra.Interfaces.Access;
using ManaMitra.Persistence.Access;

namespace ManaMitra.Silo;

/// <summary>
/// <c>dotnet ManaMitra.Silo.dll audit-access --actor &lt;officer | apikey:department&gt; --from &lt;ISO time&gt; --to &lt;ISO time&gt; [--format csv|json]</c>:
/// whose data an account or key touched in a range (docs/BREACH.md) — every citizen key, reference and kind, how
/// often, first and last, from which addresses — on stdout; a one-line summary on stderr. The range includes
/// <c>--from</c> and excludes <c>--to</c>; a time without an offset is UTC. Exit code 0 listed (an actor that touched
/// nothing lists nothing), 1 the arguments are wrong, 2 no database to ask (no connection string, unreachable).
/// </summary>
public static class AuditAccessCommand
{
    private const string Name = "audit-access";

    private const string Usage = $"usage: {Name} --actor <officer user name | apikey:department> --from <ISO time> --to <ISO time> [--format csv|json]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = CommandSettings.Read(args);
        if (Query(configuration, out var format) is not { } query)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 1;
        }

        if (await CommandSettings.ConnectionStringAsync(configuration, Name, "there is no access log to audit") is not { } connectionString)
        {
            return 2;
        }

        try
        {
            await using var store = new PostgresAccessLogStore(connectionString);
            var summary = new Summary();
            var touches = summary.Count(store.TouchedAsync(query));
            await using var stdout = Console.OpenStandardOutput();
            if (format == "json")
            {
                await JsonSerializer.SerializeAsync(stdout, new { query.Actor, From = AccessAuditCsv.Time(query.From), To = AccessAuditCsv.Time(query.To), Touches = touches }, Json);
                await stdout.WriteAsync("\n"u8.ToArray());
            }
            else
            {
                await using var writer = new StreamWriter(stdout) { NewLine = "\r\n" };
                await writer.WriteLineAsync(AccessAuditCsv.Header);
                await foreach (var touch in touches)
                {
                    await writer.WriteLineAsync(AccessAuditCsv.Line(touch));
                }
            }

            await Console.Error.WriteLineAsync(
                $"{Name}: {query.Actor} touched {summary.Records} record(s) of {summary.Citizens.Count} citizen(s), {summary.Accesses} time(s), " +
                $"from {AccessAuditCsv.Time(query.From)} to {AccessAuditCsv.Time(query.To)}");
            return 0;
        }
        catch (Npgsql.NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"{Name}: {e.Message}");
            return 2;
        }
    }

    private static AccessQuery? Query(IConfiguration configuration, out string format)
    {
        format = configuration["format"] is { Length: > 0 } asked ? asked : "csv";
        return configuration["actor"] is { Length: > 0 } actor && Time(configuration["from"]) is { } from && Time(configuration["to"]) is { } to
            && from < to && format is "csv" or "json"
            ? new AccessQuery(actor, from, to)
            : null;
    }

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    /// <summary>Counts what streams past on its way to stdout: a year of one actor's reads need not fit in memory.</summary>
    private sealed class Summary
    {
        public HashSet<string> Citizens { get; } = new(StringComparer.Ordinal);

        public HashSet<string> References { get; } = new(StringComparer.Ordinal);

        public int Records => References.Count;

        public long Accesses { get; private set; }

        public async IAsyncEnumerable<AccessTouch> Count(IAsyncEnumerable<AccessTouch> touches)
        {
            await foreach (var touch in touches)
            {
                if (touch.CitizenKey is { } citizen)
                {
                    Citizens.Add(citizen);
                }

                References.Add(touch.Reference);
                Accesses += touch.Count;
                yield return touch;
            }
        }
    }
}
