namespace ManaMitra.LoadTests.Reporting;

/// <summary>One target's figures at one rate of the ladder benchmark.</summary>
/// <param name="Summary">The step's figures, judged by the ladder's bar (end-to-end p99, nothing lost, no reply twice).</param>
public sealed record LadderStep(string Target, double OfferedPerS, RunSummary Summary)
{
    /// <summary>Webhooks answered other than 200: 5xx, timeouts, refused connections.</summary>
    public long Errors => Summary.Errors.Values.Sum();

    /// <summary>CPU-µs per answered message, summed over the target's processes, PostgreSQL's and the load tool's own (signing, sending, the sink).</summary>
    public double? CpuUsPerMessage => Summary.Cpu is { } cpu ? Math.Round(cpu.SystemUsPerMessage + cpu.LoadToolUsPerMessage, 1) : null;

    /// <summary>The target kept up: within the bar, and not one webhook failed.</summary>
    public bool Held => Summary.Thresholds.Passed && Errors == 0;
}
