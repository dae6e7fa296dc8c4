using HdrHistogram;

namespace ManaMitra.LoadTests.Reporting;

/// <summary>A latency distribution as (percentile, milliseconds) points, dense toward the tail where it matters.</summary>
public static class PercentileCurve
{
    public static IReadOnlyList<(double Percentile, double Milliseconds)> From(HistogramBase histogram)
    {
        if (histogram.TotalCount == 0)
        {
            return [];
        }

        return histogram.Percentiles(5)
            .Select(v => (v.Percentile, v.ValueIteratedTo / 1000.0))
            .Where(p => p.Percentile <= 99.999)
            .ToList();
    }
}
