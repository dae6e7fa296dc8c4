using System.Diagnostics;
using HdrHistogram;

namespace ManaMitra.LoadTests.Measurement;

/// <summary>
/// A latency distribution in microseconds. HdrHistogram keeps every percentile exact to three significant digits
/// whatever the spread, where averaging or sampling would hide the tail a load test is run to find.
/// </summary>
public sealed class LatencyRecorder
{
    // One hour: anything slower is a hang, and is still recorded (clamped) rather than thrown away.
    private const long HighestMicroseconds = 3_600_000_000;

    private readonly LongHistogram _histogram = new(HighestMicroseconds, 3);
    private readonly Lock _gate = new();

    public void RecordTicks(long stopwatchTicks) =>
        RecordMicroseconds(stopwatchTicks * 1_000_000 / Stopwatch.Frequency);

    public void RecordMicroseconds(long microseconds)
    {
        var value = Math.Clamp(microseconds, 1, HighestMicroseconds);
        lock (_gate)
        {
            _histogram.RecordValue(value);
        }
    }

    /// <summary>A consistent copy, safe to read while recording goes on.</summary>
    public HistogramBase Snapshot()
    {
        lock (_gate)
        {
            return _histogram.Copy();
        }
    }
}
