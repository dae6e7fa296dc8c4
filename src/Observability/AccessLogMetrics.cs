using System.Diagnostics.Metrics;

namespace ManaMitra.Observability;

/// <summary>
/// The access log (docs/BREACH.md) on <see cref="ManaMitraMetrics"/>' meter: <c>manamitra_access_log_records_total</c>
/// by result (<c>stored</c>, or <c>failed</c> — the page or answer that needed them was refused) and
/// <c>manamitra_access_log_swept_total</c>, rows deleted past the retention period, with
/// <c>manamitra_access_log_sweep_failures_total</c>. Alert on any failure: a read that could not be logged was refused,
/// and a sweep that keeps failing keeps rows past their time.
/// </summary>
public sealed class AccessLogMetrics
{
    private readonly Counter<long> _records;
    private readonly Counter<long> _swept;
    private readonly Counter<long> _sweepFailures;

    public AccessLogMetrics(ManaMitraMetrics metrics)
    {
        var meter = metrics.Meter;
        _records = meter.CreateCounter<long>("manamitra.access_log.records", description: "Access log rows by result: stored, or failed (the read was refused).");
        _swept = meter.CreateCounter<long>("manamitra.access_log.swept", description: "Access log rows deleted past the retention period.");
        _sweepFailures = meter.CreateCounter<long>("manamitra.access_log.sweep_failures", description: "Retention sweeps of the access log that failed.");
    }

    public void Stored(int records) => _records.Add(records, new KeyValuePair<string, object?>("result", "stored"));

    public void Failed(int records) => _records.Add(records, new KeyValuePair<string, object?>("result", "failed"));

    public void Swept(long rows) => _swept.Add(rows);

    public void SweepFailed() => _sweepFailures.Add(1);
}
