using System.Globalization;
using ManaMitra.LoadTests.Cli;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.LoadTests.Meta;
using ManaMitra.LoadTests.Reporting;
using ManaMitra.LoadTests.Traffic;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// One target's climb up the ladder: an unmeasured warm-up at the first rate, then each rate for a step's length, as
/// open arrivals spread over a fixed population of citizens (<see cref="CitizenSlots"/>). Each step is drained before
/// the next, so its replies are its own and it starts on an idle system; its CPU is read from before its first send
/// to after its drain. The climb stops after a step that failed badly: every higher one would too, only slower.
/// </summary>
public sealed class LadderClimb(
    string target, WebhookClient client, FakeCloudApi sink, IReadOnlyList<(string Name, int ProcessId)> processes, IReadOnlyList<string> population)
{
    /// <summary>The bar a step is held by: end-to-end p99 in milliseconds.</summary>
    public const double BarP99Ms = 100;

    // Enough for the JIT and the pools, short enough not to tire the machine before the first step.
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(5);

    /// <summary>How long after a step's last send its replies may still come before they count as lost.</summary>
    public static readonly TimeSpan Drain = TimeSpan.FromSeconds(10);

    // Failing badly: a p99 past a second.
    private const double BadP99Ms = 1000;

    private long _sent;

    public async Task<IReadOnlyList<LadderStep>> RunAsync(LadderOptions options, CancellationToken cancellationToken)
    {
        var warmup = WarmupFor(options.StepDuration);
        Console.WriteLine(Inv($"{target}: warming up at {options.Steps[0]}/s for {warmup.TotalSeconds} s …"));
        await StepAsync(options.Steps[0], warmup, cancellationToken);
        var steps = new List<LadderStep>();
        foreach (var rate in options.Steps)
        {
            var step = await StepAsync(rate, options.StepDuration, cancellationToken);
            if (cancellationToken.IsCancellationRequested)
            {
                // Cut short: its figures would describe part of a step.
                break;
            }

            steps.Add(step);
            var s = step.Summary;
            Console.WriteLine(Inv(
                $"{target} at {rate}/s: {s.ThroughputPerS} replied/s, end to end p50 {s.LatencyMs.P50} ms p99 {s.LatencyMs.P99} ms, lost {s.Lost}, errors {step.Errors}"));
            // Or any failed webhook, or a lost message: a reply coming late would land in the next step as its own.
            if (s.LatencyMs.P99 > BadP99Ms || step.Errors > 0 || s.Lost > 0)
            {
                break;
            }
        }

        return steps;
    }

    /// <summary>The unmeasured warm-up at the first rate: a few seconds, no longer than a step.</summary>
    public static TimeSpan WarmupFor(TimeSpan stepDuration) => Warmup < stepDuration ? Warmup : stepDuration;

    private async Task<LadderStep> StepAsync(double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var recorder = new RunRecorder();
        sink.Observer = recorder;
        var schedule = ArrivalSchedule.Constant(rate, duration.TotalSeconds);
        var startedAt = DateTimeOffset.UtcNow;
        var loadBefore = LoadAverage.Now();
        var cpuBefore = CpuCost.Sample(processes);
        var load = new OpenModel(schedule, CitizenSlots.Of(population, _sent), CitizenScripts.Ladder, client, recorder, MetaRetries.None);
        await load.RunAsync(cancellationToken);
        await recorder.DrainAsync(Drain, cancellationToken);
        var cpu = CpuCost.Between(cpuBefore, CpuCost.Sample(processes), recorder.Replied);
        _sent += schedule.Count;
        var setup = new RunSetup(
            "ladder", "open", Inv($"{rate} messages/s constant"), target, startedAt, duration.TotalSeconds, 0, Drain.TotalSeconds,
            Environment.ProcessorCount, loadBefore, LoadAverage.Now());
        return new LadderStep(target, rate, RunSummary.From(recorder, setup, BarP99Ms, maxLost: 0) with { Cpu = cpu });
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
