namespace ManaMitra.LoadTests.Measurement;

/// <summary>
/// The machine's 1-, 5- and 15-minute load averages, printed beside every figure: on a shared machine they say how
/// much of it the measurement really had.
/// </summary>
public static class LoadAverage
{
    public static string? Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
}
