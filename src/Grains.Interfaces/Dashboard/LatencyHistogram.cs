namespace ManaMitra.Interfaces.Dashboard;

/// <summary>
/// Durations in geometric buckets 10% apart, from 1 ms to a few minutes. Fixed-size and mergeable, so silos can
/// add theirs together and the dashboard keeps an hour of them in bounded memory; a quantile is exact to 10%.
/// </summary>
[GenerateSerializer]
public sealed class LatencyHistogram
{
    private const double Growth = 1.1;
    private const int BucketCount = 130;

    [Id(0)] public long[] Counts { get; private set; } = new long[BucketCount];

    [Id(1)] public long Total { get; private set; }

    public void Record(TimeSpan duration)
    {
        var ms = duration.TotalMilliseconds;
        var index = ms <= 1 ? 0 : (int)Math.Ceiling(Math.Log(ms) / Math.Log(Growth));
        Counts[Math.Min(index, BucketCount - 1)]++;
        Total++;
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < BucketCount; i++)
        {
            Counts[i] += other.Counts[i];
        }

        Total += other.Total;
    }

    /// <summary>The upper bound of the bucket holding the <paramref name="q"/> quantile; null when nothing was recorded.</summary>
    public TimeSpan? Quantile(double q)
    {
        if (Total == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(q * Total));
        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += Counts[i];
            if (seen >= rank)
            {
                return TimeSpan.FromMilliseconds(Math.Pow(Growth, i));
            }
        }

        return TimeSpan.FromMilliseconds(Math.Pow(Growth, BucketCount - 1));
    }
}
