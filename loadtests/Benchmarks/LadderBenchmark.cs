using System.Globalization;
using ManaMitra.LoadTests.Cli;
using ManaMitra.LoadTests.Hosting;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.LoadTests.Meta;
using ManaMitra.LoadTests.Reporting;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// ManaMitra against its yardstick (issue #16), in one run on one throwaway PostgreSQL 15 (fsync on): the reference
/// bot climbs the ladder of rates, then ManaMitra (migrate, one silo process, the frontend as its Orleans client) with
/// read receipts off, as the reference sends none, and on request again with them on. Each target gets a database of
/// its own on that server and is stopped before the next starts. The table goes to the console and to
/// <c>reports/latest/ladder.md</c>; each target's logs to <c>reports/latest/ladder/&lt;database&gt;/</c>.
/// With <c>--cohosted</c> ManaMitra climbs again as one process, the frontend hosting its silo.
/// <c>dotnet run -c Release --project loadtests -- --benchmark ladder [--steps 250,500,…] [--step-seconds S] [--citizens N] [--read-receipts] [--cohosted]</c>
/// </summary>
public static class LadderBenchmark
{
    private const int Silos = 1;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string root, LadderOptions options, CancellationToken cancellationToken)
    {
        var reportDir = Path.Combine(root, "loadtests", "reports", "latest");
        var logDir = Path.Combine(reportDir, "ladder");
        // No log of an earlier ladder left to be taken for this one's.
        if (Directory.Exists(logDir))
        {
            Directory.Delete(logDir, recursive: true);
        }

        Directory.CreateDirectory(logDir);
        var loadBefore = LoadAverage.Now();
        var settings = new SystemSettings(
            SystemSettings.NewSecret(), SystemSettings.NewSecret(), RunOptions.DefaultPhoneNumberId, FreePort.Next(), SystemSettings.LocalApiVersion);
        await using var sink = await FakeCloudApi.StartAsync(
            new FakeCloudApiOptions { Port = settings.SinkPort, AccessToken = settings.AccessToken, RecordRequests = false }, cancellationToken);
        await using var postgres = await ThrowawayPostgres.StartAsync(DurablePostgres.Options(logDir), cancellationToken);
        var population = Population(options.Citizens);
        var steps = new List<LadderStep>();
        try
        {
            foreach (var target in Targets(root, settings, options))
            {
                Console.WriteLine($"Starting {target.Name} …");
                var connectionString = await postgres.CreateDatabaseAsync(target.Database, cancellationToken);
                await using var system = await target.StartAsync(connectionString, Path.Combine(logDir, target.Database), cancellationToken);
                using var client = new WebhookClient(system.BaseUrl, settings.AppSecret, settings.PhoneNumberId, RequestTimeout);
                var climb = new LadderClimb(target.Name, client, sink, [.. system.Processes, ("postgres", postgres.ServerProcessId)], population);
                steps.AddRange(await climb.RunAsync(options, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine("Interrupted: the table holds only the steps finished before Ctrl+C.");
        }

        var report = LadderReport.Render(steps, LadderClimb.BarP99Ms, Setup(options, loadBefore));
        Console.WriteLine();
        Console.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(reportDir, "ladder.md"), report, CancellationToken.None);
        Console.WriteLine($"Report: {Path.Combine(reportDir, "ladder.md")}");
        return cancellationToken.IsCancellationRequested ? LoadRun.Interrupted : LoadRun.Passed;
    }

    // The reference first: it is the yardstick the others are divided by.
    private static IEnumerable<Target> Targets(string root, SystemSettings settings, LadderOptions options)
    {
        yield return new("reference bot", "reference", (database, logs, ct) => LocalSystem.StartReferenceBotAsync(settings, database, logs, ct));
        var quiet = settings with { ReadReceipts = false };
        yield return new("ManaMitra", "manamitra", (database, logs, ct) => LocalSystem.StartOnPostgresAsync(root, quiet, Silos, database, logs, ct));
        if (options.CohostedPass)
        {
            yield return new("ManaMitra, frontend hosting the silo", "manamitra_cohosted",
                (database, logs, ct) => LocalSystem.StartSiloHostingFrontendAsync(root, quiet, database, logs, ct));
        }

        if (options.ReadReceiptsPass)
        {
            yield return new("ManaMitra with read receipts", "manamitra_read_receipts",
                (database, logs, ct) => LocalSystem.StartOnPostgresAsync(root, settings, Silos, database, logs, ct));
        }
    }

    // Distinct Indian mobile numbers, drawn as a load run draws its new citizens; the same ones for every target.
    private static List<string> Population(int count)
    {
        var ledger = new ReplyLedger();
        var random = new Random();
        return [.. Enumerable.Range(0, count).Select(_ => ledger.OpenNewCitizen(random).CitizenId)];
    }

    private static string Setup(LadderOptions options, string? loadBefore) => string.Join(' ', new FormattableString[]
    {
        $"Each step: open arrivals at the offered rate for {options.StepDuration.TotalSeconds} s, spread over {options.Citizens} citizens",
        $"(none with two messages in flight) who greet or ask and never pick a language, so both targets answer each message with one",
        $"reply; drained (up to {LadderClimb.Drain.TotalSeconds} s) before the next. A {LadderClimb.WarmupFor(options.StepDuration).TotalSeconds} s unmeasured warm-up",
        $"at the first rate; the climb stops after a step with p99 over 1 s, a lost message or a failed webhook. One PostgreSQL 15 (fsync",
        $"and synchronous commit on), a database per target. ManaMitra: migrate, {Silos} silo process, the frontend as its Orleans client,",
        $"read receipts off unless named. End to end = webhook due → first reply at the fake Cloud API. {Environment.ProcessorCount} processors;",
        $"load average before {loadBefore ?? "n/a"}, after {LoadAverage.Now() ?? "n/a"}.",
    }.Select(part => part.ToString(CultureInfo.InvariantCulture)));

    private sealed record Target(string Name, string Database, Func<string, string, CancellationToken, Task<LocalSystem>> StartAsync);
}
