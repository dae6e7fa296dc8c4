using HdrHistogram;

namespace ManaMitra.LoadTests.Measurement;

/// <summary>Percentiles of one latency distribution, in milliseconds.</summary>
public sealed record LatencySummary(long Count, double P50, double P90, double P95, double P99, double P999, double Max, double Mean)
{
    public static LatencySummary From(HistogramBase histogram)
    {
        if (histogram.TotalCount == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0);
        }

        return new LatencySummary(
            histogram.TotalCount,
            Milliseconds(histogram.GetValueAtPercentile(50)),
            Milliseconds(histogram.GetValueAtPercentile(90)),
            Milliseconds(histogram.GetValueAtPercentile(95)),
            Milliseconds(histogram.GetValueAtPercentile(99)),
            Milliseconds(histogram.GetValueAtPercentile(99.9)),
            Milliseconds(histogram.GetMaxValue()),
            Math.Round(histogram.GetMean() / 1000.0, 3));
    }

    private static double Milliseconds(long microseconds) => Math.Round(microseconds / 1000.0, 3);
}
