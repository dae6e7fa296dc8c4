using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Observability;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Departments;

/// <summary>
/// The payment figures (metrics, and through them the dashboard) at each of a <see cref="PaymentGrain"/>'s
/// transitions: one call per transition, after it is written, so the grain's own code stays about payments.
/// </summary>
public sealed class PaymentReporting(PaymentMetrics metrics, TimeProvider time, IOptions<PaymentsOptions> options)
{
    /// <summary>An attempt opened at the gateway.</summary>
    public void Opened(PaymentState payment) => Count(payment, PaymentEvent.Created);

    /// <summary>A gateway report moved the order to captured or failed.</summary>
    public void Settled(PaymentState payment, GatewayReport report)
    {
        if (payment.Order is not { } order)
        {
            return;
        }

        var outcome = payment.Status == PaymentStatus.Captured ? PaymentEvent.Captured : PaymentEvent.Failed;
        metrics.Payment(order.DepartmentId, order.ServiceId, outcome, order.Amount);
        metrics.Settled(order.DepartmentId, outcome, report.Source, report.Source == SettlementSource.Reconciliation ? Lag(payment, report) : null);
    }

    public void Expired(PaymentState payment) => Count(payment, PaymentEvent.Expired);

    /// <summary>Money went back: all of it, or what a cancelled booking's tier returns.</summary>
    public void Refunded(PaymentState payment, decimal? amount = null)
    {
        if (payment.Order is { } order)
        {
            metrics.Payment(order.DepartmentId, order.ServiceId, PaymentEvent.Refunded, amount ?? order.Amount);
        }
    }

    private void Count(PaymentState payment, PaymentEvent happened)
    {
        if (payment.Order is { } order)
        {
            metrics.Payment(order.DepartmentId, order.ServiceId, happened, order.Amount);
        }
    }

    /// <summary>
    /// From when the gateway says the payment concluded, or else from when the attempt opened (its expiry less the
    /// order lifetime: the state keeps no opening time), to now. Never negative: the gateway's clock is not ours.
    /// </summary>
    private TimeSpan? Lag(PaymentState payment, GatewayReport report)
    {
        var since = report.ConcludedAt ?? payment.ExpiresAt - options.Value.OrderLifetime;
        return since is { } start ? TimeSpan.FromTicks(Math.Max(0, (time.GetUtcNow() - start).Ticks)) : null;
    }
}
