using System.Globalization;
using System.Text;

namespace ManaMitra.LoadTests.Reporting;

/// <summary>
/// <c>ladder.md</c>: every target's steps in one table, the highest rate each held, and each target's held rate as a
/// ratio of the first target's (the reference bot's).
/// </summary>
public static class LadderReport
{
    private static readonly string[] Columns =
    [
        "target", "offered (/s)", "sent", "throughput (replied/s)", "end to end p50 (ms)", "end to end p99 (ms)", "ack p99 (ms)", "lost", "errors",
        "unexpected replies", "read receipts", "CPU µs per message, all processes", "of which the load tool", "held",
    ];

    public static string Render(IReadOnlyList<LadderStep> steps, double barP99Ms, string setup)
    {
        var md = new StringBuilder();
        md.AppendLine("# Ladder: ManaMitra against the reference bot");
        md.AppendLine();
        md.AppendLine(setup);
        md.AppendLine();
        md.AppendLine(Row(Columns));
        md.AppendLine(Row(Columns.Select((_, i) => i == 0 || i == Columns.Length - 1 ? "---" : "---:")));
        foreach (var step in steps)
        {
            var s = step.Summary;
            md.AppendLine(Row(
            [
                step.Target, Inv($"{step.OfferedPerS}"), Inv($"{s.Sent}"), Inv($"{s.ThroughputPerS}"), Inv($"{s.LatencyMs.P50}"), Inv($"{s.LatencyMs.P99}"),
                Inv($"{s.AckLatencyMs.P99}"), Inv($"{s.Lost}"), Inv($"{step.Errors}"), Inv($"{s.UnexpectedReplies}"), Inv($"{s.ReadReceipts}"),
                Measured(step.CpuUsPerMessage), Measured(s.Cpu?.LoadToolUsPerMessage),
                step.Held ? "yes" : "no",
            ]));
        }

        md.AppendLine();
        var targets = steps.Select(s => s.Target).Distinct().ToList();
        var held = targets.ToDictionary(t => t, t => steps.Where(s => s.Target == t && s.Held).Select(s => (double?)s.OfferedPerS).Max());
        md.AppendLine(Inv($"Rate at end-to-end p99 ≤ {barP99Ms} ms (the highest step held: nothing lost, no errors, no reply twice): ")
            + string.Join("; ", targets.Select(t => Inv($"{t} {Rate(held[t])}"))) + ".");
        if (targets.Count > 1)
        {
            var yardstick = held[targets[0]];
            md.AppendLine();
            md.AppendLine(Inv($"Ratio to {targets[0]}: ") + string.Join("; ", targets.Skip(1).Select(t => Inv($"{t} {Ratio(held[t], yardstick)}"))) + ".");
        }

        md.AppendLine();
        md.AppendLine("CPU µs per answered message, process by process:");
        md.AppendLine();
        foreach (var step in steps.Where(s => s.Summary.Cpu is not null))
        {
            var byProcess = step.Summary.Cpu!.UsPerMessageByProcess.Select(p => Inv($"{p.Key} {p.Value}"));
            md.AppendLine(Inv($"- {step.Target} at {step.OfferedPerS}/s: ") + string.Join(", ", byProcess));
        }

        foreach (var step in steps.Where(s => s.Errors > 0))
        {
            md.AppendLine();
            var errors = step.Summary.Errors.Select(e => Inv($"{e.Key} × {e.Value}"));
            md.AppendLine(Inv($"Errors of {step.Target} at {step.OfferedPerS}/s: ") + string.Join(", ", errors) + ".");
        }

        return md.ToString();
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    // CPU is unknown where /proc cannot be read.
    private static string Measured(double? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "n/a";

    private static string Rate(double? rate) => rate is { } r ? Inv($"{r}/s") : "none";

    private static string Ratio(double? rate, double? yardstick) =>
        rate is { } r && yardstick is > 0 ? (r / yardstick.Value).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
