namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// When each message of an open model is due: the rate climbs linearly from <c>from</c> to <c>to</c> per second over
/// the ramp, then holds until the end. Arrivals follow the clock, not the system's answers, so a slow system meets
/// the same traffic a fast one does.
/// </summary>
public sealed class ArrivalSchedule
{
    private readonly double _from;
    private readonly double _to;
    private readonly double _ramp;

    private ArrivalSchedule(double from, double to, double rampSeconds, double durationSeconds)
    {
        if (from < 0 || to <= 0 || rampSeconds < 0 || durationSeconds <= 0 || rampSeconds > durationSeconds)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "rates must be positive and the ramp must fit in the duration");
        }

        (_from, _to, _ramp) = (from, to, rampSeconds);
        Count = (long)Math.Floor(ArrivalsBy(durationSeconds));
    }

    /// <summary>How many messages the whole run sends.</summary>
    public long Count { get; }

    public double PeakRate => Math.Max(_from, _to);

    public static ArrivalSchedule Constant(double ratePerSecond, double durationSeconds) =>
        new(ratePerSecond, ratePerSecond, 0, durationSeconds);

    public static ArrivalSchedule Ramp(double fromPerSecond, double toPerSecond, double rampSeconds, double durationSeconds) =>
        new(fromPerSecond, toPerSecond, rampSeconds, durationSeconds);

    /// <summary>Seconds from the start at which message <paramref name="index"/> (0-based) is due.</summary>
    public double SecondsUntil(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var rampArrivals = ArrivalsBy(_ramp);
        if (index >= rampArrivals)
        {
            return _ramp + ((index - rampArrivals) / _to);
        }

        // Inside the ramp, arrivals by t are from·t + slope·t²/2: solve that quadratic for t.
        var slope = (_to - _from) / _ramp;
        if (Math.Abs(slope) < 1e-12)
        {
            return index / _from;
        }

        return (-_from + Math.Sqrt((_from * _from) + (2 * slope * index))) / slope;
    }

    private double ArrivalsBy(double seconds)
    {
        var inRamp = Math.Min(seconds, _ramp);
        var rampArrivals = _ramp == 0 ? 0 : (_from * inRamp) + ((_to - _from) / _ramp * inRamp * inRamp / 2);
        return rampArrivals + (Math.Max(0, seconds - _ramp) * _to);
    }
}
