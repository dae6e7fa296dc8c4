using System.Globalization;
using System.Net;
using System.Text;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.LoadTests.Reporting;

/// <summary>
/// <c>report.html</c>: one self-contained page (inline SVG and CSS, nothing fetched) with the run's figures and its
/// latency percentile curves, the x axis stretched toward the tail (0, 90, 99, 99.9 … %) as HdrHistogram plots do.
/// </summary>
public static class HtmlReport
{
    private const double Width = 760;
    private const double Height = 360;
    private const double Left = 64;
    private const double Right = 40;
    private const double Top = 20;
    private const double Bottom = 44;
    private const double MaxNines = 5;

    public static string Render(RunSummary summary, IReadOnlyList<(double Percentile, double Milliseconds)> endToEnd, IReadOnlyList<(double Percentile, double Milliseconds)> ack)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Load test: ")
            .Append(Encode(summary.Scenario))
            .Append("</title><style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}"
                + ".fail{color:#b00020;font-weight:bold}.pass{color:#17692d;font-weight:bold}</style></head><body>");
        html.Append("<h1>Load test: ").Append(Encode(summary.Scenario)).Append("</h1>");
        var setup = summary.Setup;
        html.Append("<p>").Append(Encode(Inv($"{setup.Model} model, {setup.Load}; target {setup.Target}; started {setup.StartedAt:u}; {setup.WarmupS} s unmeasured warm-up, {setup.DurationS} s of sending, {setup.DrainS} s drain; {setup.Processors} processors; load average before {setup.LoadAverageBefore ?? "n/a"}, after {setup.LoadAverageAfter ?? "n/a"}."))).Append("</p>");
        html.Append(summary.Thresholds.Passed
            ? "<p class=\"pass\">Thresholds passed.</p>"
            : "<p class=\"fail\">Thresholds failed: " + Encode(string.Join("; ", summary.Thresholds.Failures)) + "</p>");
        html.Append("<table><tr><th>sent</th><th>acked</th><th>replied</th><th>lost</th><th>throughput (replied/s)</th><th>send rate (/s)</th><th>read receipts</th><th>unexpected replies</th></tr>");
        html.Append(Inv($"<tr><td>{summary.Sent}</td><td>{summary.Acked}</td><td>{summary.Replied}</td><td>{summary.Lost}</td><td>{summary.ThroughputPerS}</td><td>{summary.SendRatePerS}</td><td>{summary.ReadReceipts}</td><td>{summary.UnexpectedReplies}</td></tr></table>"));
        html.Append("<table><tr><th>latency (ms)</th><th>p50</th><th>p90</th><th>p95</th><th>p99</th><th>p99.9</th><th>max</th><th>mean</th><th>count</th></tr>");
        html.Append(Row("end to end (webhook → first reply)", summary.LatencyMs)).Append(Row("ack (webhook → 200)", summary.AckLatencyMs)).Append("</table>");
        html.Append("<p>Errors: ").Append(summary.Errors.Count == 0 ? "none" : Encode(string.Join(", ", summary.Errors.Select(e => Inv($"{e.Key} × {e.Value}"))))).Append("</p>");
        html.Append("<h2>Latency by percentile</h2>").Append(Chart(endToEnd, ack)).Append("</body></html>");
        return html.ToString();
    }

    private static string Chart(IReadOnlyList<(double Percentile, double Milliseconds)> endToEnd, IReadOnlyList<(double Percentile, double Milliseconds)> ack)
    {
        var top = Math.Max(1, endToEnd.Concat(ack).Select(p => p.Milliseconds).DefaultIfEmpty(1).Max()) * 1.1;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"latency by percentile\">"));
        svg.Append(Inv($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"#fafafa\" stroke=\"#999\"/>"));
        for (var nines = 0; nines <= MaxNines; nines++)
        {
            var x = X(100 - (100 / Math.Pow(10, nines)));
            var label = nines == 0 ? "0%" : Inv($"{100 - (100 / Math.Pow(10, nines))}%");
            svg.Append(Inv($"<line x1=\"{x:F1}\" y1=\"{Top}\" x2=\"{x:F1}\" y2=\"{Height - Bottom}\" stroke=\"#ddd\"/><text x=\"{x:F1}\" y=\"{Height - Bottom + 16}\" font-size=\"11\" text-anchor=\"middle\">{label}</text>"));
        }

        for (var i = 0; i <= 4; i++)
        {
            var ms = top * i / 4;
            var y = Y(ms, top);
            svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Width - Right}\" y2=\"{y:F1}\" stroke=\"#eee\"/><text x=\"{Left - 6}\" y=\"{y + 4:F1}\" font-size=\"11\" text-anchor=\"end\">{ms:0.#}</text>"));
        }

        svg.Append(Inv($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 6}\" font-size=\"12\" text-anchor=\"middle\">percentile</text>"));
        svg.Append(Inv($"<text x=\"14\" y=\"{(Top + Height - Bottom) / 2}\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 {(Top + Height - Bottom) / 2})\">ms</text>"));
        svg.Append(Series(endToEnd, top, "#1f5fbf")).Append(Series(ack, top, "#d9731a"));
        svg.Append(Inv($"<text x=\"{Left + 10}\" y=\"{Top + 16}\" font-size=\"12\" fill=\"#1f5fbf\">end to end</text><text x=\"{Left + 10}\" y=\"{Top + 32}\" font-size=\"12\" fill=\"#d9731a\">ack</text>"));
        return svg.Append("</svg>").ToString();
    }

    private static string Series(IReadOnlyList<(double Percentile, double Milliseconds)> points, double top, string colour)
    {
        if (points.Count == 0)
        {
            return "";
        }

        var path = string.Join(" ", points.Select(p => Inv($"{X(p.Percentile):F1},{Y(p.Milliseconds, top):F1}")));
        return $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{path}\"/>";
    }

    // Each "nine" (90 %, 99 %, 99.9 % …) gets the same width, so the tail is as readable as the median.
    private static double X(double percentile)
    {
        var nines = Math.Min(MaxNines, Math.Log10(100 / Math.Max(100 - percentile, 100 / Math.Pow(10, MaxNines))));
        return Left + (nines / MaxNines * (Width - Left - Right));
    }

    private static double Y(double milliseconds, double top) => Height - Bottom - (milliseconds / top * (Height - Top - Bottom));

    private static string Row(string name, LatencySummary l) =>
        Inv($"<tr><td>{Encode(name)}</td><td>{l.P50}</td><td>{l.P90}</td><td>{l.P95}</td><td>{l.P99}</td><td>{l.P999}</td><td>{l.Max}</td><td>{l.Mean}</td><td>{l.Count}</td></tr>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
