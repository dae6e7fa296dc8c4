using System.Globalization;
using System.Text;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.LoadTests.Reporting;

/// <summary><c>summary.md</c>: the run's figures as Markdown tables, ready to paste into BENCHMARKS.md or a pull request.</summary>
public static class MarkdownReport
{
    public static string Render(RunSummary summary)
    {
        var setup = summary.Setup;
        var md = new StringBuilder();
        md.AppendLine(Inv($"# Load test: {summary.Scenario}"));
        md.AppendLine();
        md.AppendLine(Inv($"{setup.Model} model, {setup.Load}; target {setup.Target}; started {setup.StartedAt:u}; {setup.WarmupS} s unmeasured warm-up, {setup.DurationS} s of sending, {setup.DrainS} s drain; {setup.Processors} processors; load average before {setup.LoadAverageBefore ?? "n/a"}, after {setup.LoadAverageAfter ?? "n/a"}."));
        md.AppendLine();
        md.AppendLine("| sent | acked | replied | lost | throughput (replied/s) | send rate (/s) | replies | read receipts | unexpected replies |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine(Inv($"| {summary.Sent} | {summary.Acked} | {summary.Replied} | {summary.Lost} | {summary.ThroughputPerS} | {summary.SendRatePerS} | {summary.RepliesReceived} | {summary.ReadReceipts} | {summary.UnexpectedReplies} |"));
        md.AppendLine();
        md.AppendLine("| documents received | repeat deliveries sent | repeat deliveries acked | sends throttled (429) | sends failed (500) |");
        md.AppendLine("|---:|---:|---:|---:|---:|");
        md.AppendLine(Inv($"| {summary.DocumentsReceived} | {summary.Redelivered} | {summary.RedeliveredAcked} | {summary.SinkThrottled} | {summary.SinkFailed} |"));
        md.AppendLine();
        md.AppendLine("| latency (ms) | p50 | p90 | p95 | p99 | p99.9 | max | mean | count |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine(Row("end to end (webhook → first reply)", summary.LatencyMs));
        md.AppendLine(Row("ack (webhook → 200)", summary.AckLatencyMs));
        md.AppendLine();
        if (summary.Cpu is { } cpu)
        {
            var byProcess = cpu.UsPerMessageByProcess.Where(p => p.Key != CpuCost.LoadTool).Select(p => Inv($"{p.Key} {p.Value}"));
            md.AppendLine(Inv($"CPU per answered message: {cpu.SystemUsPerMessage} µs in the system ({string.Join(", ", byProcess)} µs); the load tool's own: {cpu.LoadToolUsPerMessage} µs."));
            md.AppendLine();
        }

        md.AppendLine(summary.Errors.Count == 0
            ? "Errors: none."
            : "Errors: " + string.Join(", ", summary.Errors.Select(e => Inv($"{e.Key} × {e.Value}"))) + ".");
        md.AppendLine();
        var thresholds = summary.Thresholds;
        md.AppendLine(thresholds.Passed
            ? Inv($"Thresholds (p99 ≤ {thresholds.MaxP99Ms} ms, lost ≤ {thresholds.MaxLost}, no unexpected reply): passed.")
            : Inv($"Thresholds (p99 ≤ {thresholds.MaxP99Ms} ms, lost ≤ {thresholds.MaxLost}, no unexpected reply): FAILED: {string.Join("; ", thresholds.Failures)}."));
        return md.ToString();
    }

    private static string Row(string name, LatencySummary l) =>
        Inv($"| {name} | {l.P50} | {l.P90} | {l.P95} | {l.P99} | {l.P999} | {l.Max} | {l.Mean} | {l.Count} |");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
