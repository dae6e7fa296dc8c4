using System.Text.Json;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.LoadTests.Reporting;

namespace ManaMitra.Tests.LoadTests;

/// <summary>summary.json has the contract's shape and HdrHistogram's percentiles; thresholds fail what they should.</summary>
public sealed class RunSummaryTests
{
    private static readonly RunSetup Setup = new("smoke", "closed", "20 citizens", "local", DateTimeOffset.UnixEpoch, 30, 5, 10, 2, "0.50 0.40 0.30", "0.60 0.50 0.40");

    [Fact]
    public void Summary_json_holds_the_contract_fields_with_the_recorded_percentiles()
    {
        var recorder = new RunRecorder();
        // End-to-end latencies of 1, 2, … 1000 ms.
        for (var ms = 1; ms <= 1000; ms++)
        {
            recorder.EndToEndLatency.RecordMicroseconds(ms * 1000L);
        }

        var json = JsonDocument.Parse(RunSummary.From(recorder, Setup, maxP99Ms: 1000, maxLost: 0).ToJson()).RootElement;

        Assert.Equal("smoke", json.GetProperty("scenario").GetString());
        foreach (var field in new[] { "sent", "acked", "replied", "lost" })
        {
            Assert.Equal(0, json.GetProperty(field).GetInt64());
        }

        Assert.Equal(0, json.GetProperty("throughput_per_s").GetDouble());
        var latency = json.GetProperty("latency_ms");
        // HdrHistogram keeps three significant digits: each percentile is within 0.1 % of the exact one.
        Assert.Equal(500, latency.GetProperty("p50").GetDouble(), 0.5);
        Assert.Equal(950, latency.GetProperty("p95").GetDouble(), 0.95);
        Assert.Equal(990, latency.GetProperty("p99").GetDouble(), 0.99);
        Assert.Equal(1000, latency.GetProperty("max").GetDouble(), 1.0);
        Assert.Equal(1000, latency.GetProperty("count").GetInt64());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("ack_latency_ms").ValueKind);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("errors").ValueKind);
    }

    [Fact]
    public void Thresholds_fail_on_a_slow_p99_and_on_lost_messages()
    {
        var slow = new LatencySummary(100, 10, 20, 30, 1500, 1600, 1700, 50);

        var result = ThresholdResult.Check(replied: 100, slow, lost: 2, unexpected: 0, maxP99Ms: 1000, maxLost: 0);

        Assert.False(result.Passed);
        Assert.Equal(["end-to-end p99 1500 ms > 1000 ms", "lost 2 > 0"], result.Failures);
    }

    [Fact]
    public void A_reply_nobody_was_owed_fails_the_run_as_a_message_answered_twice()
    {
        var fast = new LatencySummary(100, 10, 20, 30, 900, 950, 990, 50);

        Assert.Equal(["3 unexpected replies"], ThresholdResult.Check(replied: 100, fast, lost: 0, unexpected: 3, maxP99Ms: 1000, maxLost: 0).Failures);
    }

    [Fact]
    public void Thresholds_pass_within_limits_and_fail_when_nothing_was_answered()
    {
        var fast = new LatencySummary(100, 10, 20, 30, 900, 950, 990, 50);
        var none = new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0);

        Assert.True(ThresholdResult.Check(replied: 100, fast, lost: 0, unexpected: 0, maxP99Ms: 1000, maxLost: 0).Passed);
        Assert.Equal(["no message was answered"], ThresholdResult.Check(replied: 0, none, lost: 0, unexpected: 0, maxP99Ms: 1000, maxLost: 0).Failures);
    }
}
