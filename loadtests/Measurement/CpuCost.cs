using System.Diagnostics;

namespace ManaMitra.LoadTests.Measurement;

/// <summary>
/// CPU-microseconds per answered message over the measured load: the system's processes (the database server with
/// its backends included) in all and one by one, and the load tool's own apart — on one machine the tool's signing,
/// sending and sink share the same cores.
/// </summary>
public sealed record CpuCost(double SystemUsPerMessage, double LoadToolUsPerMessage, IReadOnlyDictionary<string, double> UsPerMessageByProcess)
{
    public const string LoadTool = "load tool";

    public static IReadOnlyDictionary<string, long> Sample(IReadOnlyList<(string Name, int ProcessId)> processes)
    {
        var sample = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            [LoadTool] = (long)Process.GetCurrentProcess().TotalProcessorTime.TotalMicroseconds,
        };
        foreach (var (name, processId) in processes)
        {
            if (CpuMeter.Microseconds(processId) is { } microseconds)
            {
                sample[name] = microseconds;
            }
        }

        return sample;
    }

    /// <summary>Null when nothing was answered or the system's processes could not be read (not Linux, or an existing deployment).</summary>
    public static CpuCost? Between(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, long messages)
    {
        if (messages == 0)
        {
            return null;
        }

        var used = after.Where(a => before.ContainsKey(a.Key))
            .ToDictionary(a => a.Key, a => Math.Round((a.Value - before[a.Key]) / (double)messages, 1), StringComparer.Ordinal);
        var system = used.Where(u => u.Key != LoadTool).ToList();
        return system.Count == 0 ? null : new CpuCost(Math.Round(system.Sum(u => u.Value), 1), used[LoadTool], used);
    }
}
