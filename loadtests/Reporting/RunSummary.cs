using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.LoadTests.Reporting;

/// <summary>
/// What <c>summary.json</c> holds. The contract's fields (<c>scenario</c>, <c>sent</c>, <c>acked</c>, <c>replied</c>,
/// <c>lost</c>, <c>throughput_per_s</c>, <c>latency_ms</c>) come first; the rest explains them.
/// </summary>
public sealed record RunSummary(
    string Scenario,
    long Sent,
    long Acked,
    long Replied,
    long Lost,
    double ThroughputPerS,
    LatencySummary LatencyMs,
    LatencySummary AckLatencyMs,
    double SendRatePerS,
    long RepliesReceived,
    long ReadReceipts,
    long UnexpectedReplies,
    long SinkRefused,
    long DocumentsReceived,
    long Redelivered,
    long RedeliveredAcked,
    long SinkThrottled,
    long SinkFailed,
    IReadOnlyDictionary<string, long> Errors,
    RunSetup Setup,
    ThresholdResult Thresholds)
{
    /// <summary>CPU cost per answered message, when the run started the system and could read its processes.</summary>
    public CpuCost? Cpu { get; init; }

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Summarizes a finished run. End-to-end throughput counts answered messages over the time from the first send
    /// to the last first reply: what the whole system delivered, not what the tool offered.
    /// </summary>
    public static RunSummary From(RunRecorder recorder, RunSetup setup, double maxP99Ms, long maxLost)
    {
        var endToEnd = LatencySummary.From(recorder.EndToEndLatency.Snapshot());
        var lost = recorder.Unanswered();
        return new RunSummary(
            setup.Scenario,
            recorder.Sent,
            recorder.Acked,
            recorder.Replied,
            lost,
            Rate(recorder.Replied, recorder.FirstSendAt, recorder.LastFirstReplyAt),
            endToEnd,
            LatencySummary.From(recorder.AckLatency.Snapshot()),
            Rate(recorder.Sent, recorder.FirstSendAt, recorder.LastSendAt),
            recorder.Replies,
            recorder.ReadReceipts,
            recorder.UnexpectedReplies,
            recorder.RefusedSends,
            recorder.Documents,
            recorder.Redelivered,
            recorder.RedeliveredAcked,
            recorder.SinkThrottled,
            recorder.SinkFailed,
            recorder.Errors,
            setup,
            ThresholdResult.Check(recorder.Replied, endToEnd, lost, recorder.UnexpectedReplies, maxP99Ms, maxLost));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static double Rate(long count, long from, long to)
    {
        var seconds = Stopwatch.GetElapsedTime(from, to).TotalSeconds;
        return count == 0 || seconds <= 0 ? 0 : Math.Round(count / seconds, 1);
    }
}

/// <summary>How the run was set up, so a figure can be read with the load that produced it.</summary>
public sealed record RunSetup(
    string Scenario,
    string Model,
    string Load,
    string Target,
    DateTimeOffset StartedAt,
    double DurationS,
    double WarmupS,
    double DrainS,
    int Processors,
    string? LoadAverageBefore,
    string? LoadAverageAfter);

/// <summary>The thresholds a run is judged by, and what broke them.</summary>
public sealed record ThresholdResult(double MaxP99Ms, long MaxLost, bool Passed, IReadOnlyList<string> Failures)
{
    public static ThresholdResult Check(long replied, LatencySummary endToEnd, long lost, long unexpected, double maxP99Ms, long maxLost)
    {
        var failures = new List<string>();
        // With nothing answered there is no latency to judge, and a p99 of zero must not pass for a fast system.
        if (replied == 0)
        {
            failures.Add("no message was answered");
        }

        if (endToEnd.P99 > maxP99Ms)
        {
            failures.Add($"end-to-end p99 {endToEnd.P99} ms > {maxP99Ms} ms");
        }

        if (lost > maxLost)
        {
            failures.Add($"lost {lost} > {maxLost}");
        }

        // A reply no citizen was owed is a message answered twice (a repeat delivery answered again) or a reply the
        // scripts did not foresee: either way not "every message answered exactly once".
        if (unexpected > 0)
        {
            failures.Add($"{unexpected} unexpected replies");
        }

        return new ThresholdResult(maxP99Ms, maxLost, failures.Count == 0, failures);
    }
}
