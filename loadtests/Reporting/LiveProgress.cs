using System.Diagnostics;
using System.Globalization;
using ManaMitra.LoadTests.Measurement;
using Spectre.Console;

namespace ManaMitra.LoadTests.Reporting;

/// <summary>
/// Progress while a run goes on: a live table redrawn every second in a terminal, plain lines every five seconds
/// when the output is a log (CI), where redrawing would only fill it with escape codes.
/// </summary>
public sealed class LiveProgress(RunRecorder recorder)
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private long _lastSent;
    private long _lastReplied;
    private TimeSpan _lastAt;

    public string Phase { get; set; } = "starting";

    public static bool IsTerminal => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Shows progress until <paramref name="work"/> completes, then returns its result.</summary>
    public async Task<T> WhileAsync<T>(Task<T> work)
    {
        if (IsTerminal)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in new[] { "phase", "elapsed", "sent", "acked", "replied", "send/s", "reply/s", "p99 e2e ms", "errors" })
            {
                table.AddColumn(new TableColumn(column).RightAligned());
            }

            table.AddRow(Cells().Select(c => new Text(c)));
            await AnsiConsole.Live(table).StartAsync(async live =>
            {
                while (!work.IsCompleted)
                {
                    await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(1)));
                    table.RemoveRow(0);
                    table.AddRow(Cells().Select(c => new Text(c)));
                    live.Refresh();
                }
            });
        }
        else
        {
            while (!work.IsCompleted)
            {
                await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(5)));
                Console.WriteLine(string.Join("  ", new[] { "phase", "elapsed", "sent", "acked", "replied", "send/s", "reply/s", "p99_e2e_ms", "errors" }
                    .Zip(Cells(), (name, value) => $"{name}={value}")));
            }
        }

        return await work;
    }

    private string[] Cells()
    {
        var now = _elapsed.Elapsed;
        var interval = Math.Max(0.001, (now - _lastAt).TotalSeconds);
        // Read in the order things happen (reply after ack after send) so a row never shows more replies than sends.
        var replied = recorder.Replied;
        var acked = recorder.Acked;
        var sent = recorder.Sent;
        var sendRate = (sent - _lastSent) / interval;
        var replyRate = (replied - _lastReplied) / interval;
        (_lastSent, _lastReplied, _lastAt) = (sent, replied, now);
        var p99 = LatencySummary.From(recorder.EndToEndLatency.Snapshot()).P99;
        return
        [
            Phase,
            now.ToString(@"mm\:ss", CultureInfo.InvariantCulture),
            sent.ToString(CultureInfo.InvariantCulture),
            acked.ToString(CultureInfo.InvariantCulture),
            replied.ToString(CultureInfo.InvariantCulture),
            sendRate.ToString("F0", CultureInfo.InvariantCulture),
            replyRate.ToString("F0", CultureInfo.InvariantCulture),
            p99.ToString("F1", CultureInfo.InvariantCulture),
            recorder.Errors.Values.Sum().ToString(CultureInfo.InvariantCulture),
        ];
    }
}
