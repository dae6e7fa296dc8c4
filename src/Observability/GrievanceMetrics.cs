using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ManaMitra.Observability;

/// <summary>
/// Grievances on <see cref="ManaMitraMetrics"/>' meter: <c>manamitra_grievances_total</c> by department and event (a
/// <see cref="GrievanceEvent"/>: open ones are lodged + reopened − resolved) and
/// <c>manamitra_grievance_reminder_lag_seconds</c>, how late the SLA clock's reminders fire — late reminders mean late
/// warnings and escalations. Labels are catalog ids and events only: never a reference, an office or a citizen.
/// </summary>
public sealed class GrievanceMetrics
{
    public const string GrievancesName = "manamitra.grievances";
    public const string ReminderLagName = "manamitra.grievance.reminder.lag";

    private readonly Counter<long> _grievances;
    private readonly Histogram<double> _reminderLag;

    public GrievanceMetrics(ManaMitraMetrics metrics)
    {
        var meter = metrics.Meter;
        _grievances = meter.CreateCounter<long>(GrievancesName, description: "Grievance events by department: lodged, warned, escalated, resolved, reopened, transferred.");
        _reminderLag = meter.CreateHistogram<double>(
            ReminderLagName,
            unit: "s",
            description: "How long after its due time an SLA clock reminder fired.",
            // Reminders are polled every few seconds to a minute; past minutes something is wrong with the silos.
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600] });
    }

    public void Happened(string departmentId, GrievanceEvent happened) => _grievances.Add(1, new TagList
    {
        { "department", departmentId },
        { "event", ManaMitraMetrics.Label(happened) },
    });

    public void ReminderFired(string departmentId, TimeSpan lateBy) =>
        _reminderLag.Record(Math.Max(0, lateBy.TotalSeconds), new KeyValuePair<string, object?>("department", departmentId));
}

/// <summary>What happened to a grievance, as its metrics label it.</summary>
public enum GrievanceEvent
{
    Lodged,
    Warned,
    Escalated,
    Resolved,
    Reopened,
    Transferred,
}
