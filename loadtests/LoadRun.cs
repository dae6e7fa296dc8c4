using System.Globalization;
using ManaMitra.LoadTests.Cli;
using ManaMitra.LoadTests.Hosting;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.LoadTests.Meta;
using ManaMitra.LoadTests.Reporting;
using ManaMitra.LoadTests.Traffic;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests;

/// <summary>
/// One run from start to report: the sink up, the system up (unless it is an existing deployment), the load, a drain
/// for late replies, the system down, <c>loadtests/reports/latest/</c> written. Exit code 0 passes, 1 fails a threshold.
/// </summary>
public sealed class LoadRun(RunOptions options)
{
    public const int Passed = 0;
    public const int ThresholdsFailed = 1;
    public const int CouldNotRun = 2;
    public const int Interrupted = 130;

    // Enough to compile the hot paths and warm the pools, few enough not to tire the machine before the measurement.
    private static readonly ClosedShape WarmupShape = new(10, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100));

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var root = RepoRoot.Find(AppContext.BaseDirectory);
        var reportDir = Path.Combine(root, "loadtests", "reports", "latest");
        if (Directory.Exists(reportDir))
        {
            Directory.Delete(reportDir, recursive: true);
        }

        Directory.CreateDirectory(reportDir);
        var recorder = new RunRecorder();
        var startedAt = DateTimeOffset.UtcNow;
        var loadBefore = LoadAverage.Now();
        var local = options.TargetUrl is null;
        var appSecret = options.AppSecret ?? SystemSettings.NewSecret();
        var accessToken = local ? SystemSettings.NewSecret() : null;
        var sinkPort = options.SinkPort ?? FreePort.Next();

        // Nothing recorded: the sink tells the recorder of each reply as it arrives.
        await using var sink = await FakeCloudApi.StartAsync(
            new FakeCloudApiOptions { Address = options.SinkAddress, Port = sinkPort, AccessToken = accessToken, RecordRequests = false }, cancellationToken);
        sink.Observer = recorder;
        sink.Faults = _ => options.SinkFaults.Pick(Random.Shared.NextDouble());
        LocalSystem? system = null;
        CpuCost? cpu = null;
        try
        {
            if (local)
            {
                Console.WriteLine("Starting the system under test …");
                var settings = new SystemSettings(appSecret, accessToken!, options.PhoneNumberId, sinkPort, SystemSettings.LocalApiVersion);
                system = options.Postgres
                    ? await LocalSystem.StartOnPostgresAsync(root, settings, options.Silos, reportDir, cancellationToken)
                    : await LocalSystem.StartInMemoryAsync(root, settings, reportDir, cancellationToken);
            }

            var target = system?.BaseUrl ?? options.TargetUrl!;
            Console.WriteLine(Inv($"Scenario {options.Scenario.Name} ({options.Scenario.Description})"));
            Console.WriteLine(Inv($"{Describe(options.Shape)} for {options.Duration.TotalSeconds} s against {target}"));
            using var catalogHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var catalog = await CatalogChoices.FetchAsync(catalogHttp, target, cancellationToken);
            using var client = new WebhookClient(target, appSecret, options.PhoneNumberId, options.RequestTimeout);
            if (options.Warmup > TimeSpan.Zero)
            {
                Console.WriteLine(Inv($"Warming up for {options.Warmup.TotalSeconds} s (not measured) …"));
                var warmup = new RunRecorder();
                sink.Observer = warmup;
                await new ClosedModel(WarmupShape, Script(catalog), client, warmup, options.Drain).RunAsync(options.Warmup, cancellationToken);
                await warmup.DrainAsync(options.Drain, cancellationToken);
                sink.Observer = recorder;
            }

            var processes = system?.Processes ?? [];
            var cpuBefore = CpuCost.Sample(processes);
            var progress = new LiveProgress(recorder);
            await progress.WhileAsync(LoadAndDrainAsync(catalog, client, recorder, progress, cancellationToken));
            cpu = CpuCost.Between(cpuBefore, CpuCost.Sample(processes), recorder.Replied);
        }
        finally
        {
            if (system is not null)
            {
                await system.DisposeAsync();
            }
        }

        var setup = new RunSetup(
            options.Scenario.Name,
            options.Shape is ClosedShape ? "closed" : "open",
            Describe(options.Shape),
            system?.Description ?? options.TargetUrl!.ToString(),
            startedAt,
            options.Duration.TotalSeconds,
            options.Warmup.TotalSeconds,
            options.Drain.TotalSeconds,
            Environment.ProcessorCount,
            loadBefore,
            LoadAverage.Now());
        var summary = RunSummary.From(recorder, setup, options.MaxP99Ms, options.MaxLost) with { Cpu = cpu };
        await WriteReportsAsync(reportDir, summary, recorder);
        var markdown = MarkdownReport.Render(summary);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Reports: {reportDir}");
        if (cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine("Interrupted: the figures cover only the part of the run before Ctrl+C.");
            return Interrupted;
        }

        return summary.Thresholds.Passed ? Passed : ThresholdsFailed;
    }

    private async Task<bool> LoadAndDrainAsync(CatalogChoices catalog, WebhookClient client, RunRecorder recorder, LiveProgress progress, CancellationToken cancellationToken)
    {
        progress.Phase = "sending";
        var script = Script(catalog);
        var load = options.Shape switch
        {
            ClosedShape closed => new ClosedModel(closed, script, client, recorder, options.Drain).RunAsync(options.Duration, cancellationToken),
            OpenShape open => new OpenModel(open.Schedule(options.Duration.TotalSeconds), open.Slots(), script, client, recorder, options.Retries).RunAsync(cancellationToken),
            _ => throw new InvalidOperationException($"no load model for {options.Shape}"),
        };
        await load;

        progress.Phase = "draining";
        await recorder.DrainAsync(options.Drain, cancellationToken);
        progress.Phase = "done";
        return true;
    }

    private Func<Random, IEnumerable<ScriptedMessage>> Script(CatalogChoices catalog) => random => options.Scenario.Script(catalog, random);

    private static async Task WriteReportsAsync(string reportDir, RunSummary summary, RunRecorder recorder)
    {
        await File.WriteAllTextAsync(Path.Combine(reportDir, "summary.json"), summary.ToJson());
        await File.WriteAllTextAsync(Path.Combine(reportDir, "summary.md"), MarkdownReport.Render(summary));
        var html = HtmlReport.Render(summary, PercentileCurve.From(recorder.EndToEndLatency.Snapshot()), PercentileCurve.From(recorder.AckLatency.Snapshot()));
        await File.WriteAllTextAsync(Path.Combine(reportDir, "report.html"), html);
    }

    private static string Describe(LoadShape shape) => shape switch
    {
        ClosedShape c => Inv($"{c.Citizens} citizens, think {c.MinThink.TotalMilliseconds}-{c.MaxThink.TotalMilliseconds} ms"),
        OpenShape { RampFraction: 0 } o => Inv($"{o.RatePerSecond} messages/s constant"),
        OpenShape o => Inv($"{o.RatePerSecond / 10} → {o.RatePerSecond} messages/s over the first {o.RampFraction:P0} of the run"),
        _ => shape.ToString(),
    };

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
