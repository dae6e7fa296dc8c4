using System.Diagnostics;
using System.Diagnostics.Metrics;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Observability;

/// <summary>
/// Payment orders on <see cref="ManaMitraMetrics"/>' meter: <c>manamitra_payments_total</c> and
/// <c>manamitra_payment_rupees_total</c> by department, service and outcome (a <see cref="PaymentEvent"/>);
/// <c>manamitra_payment_settlements_total</c> by department, outcome and source; and
/// <c>manamitra_payment_reconciliation_lag_seconds</c>. Labels are catalog ids and outcomes: never a reference,
/// an amount or a citizen, so the series stay few.
/// </summary>
public sealed class PaymentMetrics
{
    public const string PaymentsName = "manamitra.payments";
    public const string RupeesName = "manamitra.payment.rupees";
    public const string SettlementsName = "manamitra.payment.settlements";
    public const string ReconciliationLagName = "manamitra.payment.reconciliation.lag";

    private readonly Counter<long> _payments;
    private readonly Counter<double> _rupees;
    private readonly Counter<long> _settlements;
    private readonly Histogram<double> _reconciliationLag;

    public PaymentMetrics(ManaMitraMetrics metrics)
    {
        var meter = metrics.Meter;
        _payments = meter.CreateCounter<long>(PaymentsName, description: "Payment order events by department, service and outcome (created: an attempt opened at the gateway).");
        _rupees = meter.CreateCounter<double>(RupeesName, description: "Rupees captured and refunded, by department, service and outcome.");
        _settlements = meter.CreateCounter<long>(SettlementsName, description: "Gateway reports that settled an order, by department, outcome and source (callback or reconciliation).");
        _reconciliationLag = meter.CreateHistogram<double>(
            ReconciliationLagName,
            unit: "s",
            description: "For orders settled by the reconciliation lookup: from the gateway's conclusion (else the attempt's opening) to our learning of it.",
            // Lookups run minutes apart (ReconcileAfter, 3 min) within an order's lifetime (15 min).
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 15, 30, 60, 120, 180, 300, 600, 900, 1800, 3600] });
    }

    /// <summary>An event of one payment order; the amount counts for captures and refunds only.</summary>
    public void Payment(string departmentId, string serviceId, PaymentEvent happened, decimal amount)
    {
        var tags = new TagList
        {
            { "department", departmentId },
            { "service", serviceId },
            { "outcome", ManaMitraMetrics.Label(happened) },
        };
        _payments.Add(1, tags);
        if (happened is PaymentEvent.Captured or PaymentEvent.Refunded)
        {
            _rupees.Add((double)amount, tags);
        }
    }

    /// <summary>A gateway report settled an order; <paramref name="lag"/> is given for reconciled ones.</summary>
    public void Settled(string departmentId, PaymentEvent outcome, SettlementSource source, TimeSpan? lag)
    {
        var tags = new TagList
        {
            { "department", departmentId },
            { "outcome", ManaMitraMetrics.Label(outcome) },
        };
        if (lag is { } elapsed)
        {
            _reconciliationLag.Record(elapsed.TotalSeconds, tags);
        }

        tags.Add("source", ManaMitraMetrics.Label(source));
        _settlements.Add(1, tags);
    }
}

/// <summary>What happened to a payment order, as its metrics label it.</summary>
public enum PaymentEvent
{
    /// <summary>An attempt opened at the gateway (a "Try again" opens another).</summary>
    Created,
    Captured,
    Failed,
    Expired,
    Refunded,
}
