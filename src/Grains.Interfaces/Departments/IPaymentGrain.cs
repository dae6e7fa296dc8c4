using ManaMitra.Languages;

namespace ManaMitra.Interfaces.Departments;

/// <summary>
/// One payment order, keyed by its reference. Persisted, so a gateway callback that arrives late, or twice, finds the
/// order it settles. Its life (docs/PAYMENTS.md): created → pending at the gateway → captured, failed or expired →
/// refunded. The receipt is issued on capture only, exactly once.
/// </summary>
public interface IPaymentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records what is due and opens it at the payment gateway; returns the page where the citizen pays. Opening again
    /// with the same order returns the same page.
    /// </summary>
    Task<string> Open(PaymentOrder order);

    /// <summary>
    /// After a failed or expired attempt, a new attempt at the gateway for the same order; returns its page, or null
    /// when there is nothing to pay (no such order, or paid already).
    /// </summary>
    Task<string?> Reopen();

    /// <summary>What the gateway reports (its signed callback, or its answer to a status lookup), applied once.</summary>
    Task<SettleResult> Settle(GatewayReport report);

    /// <summary>Returns a captured payment to the payer at the gateway; false when nothing is captured or the gateway refused.</summary>
    Task<bool> Refund();

    /// <returns>Null when no order has this reference.</returns>
    Task<PaymentView?> View();
}

/// <summary>What a citizen was asked to pay, and to whom the receipt goes.</summary>
[GenerateSerializer, Immutable]
public sealed record PaymentOrder
{
    [Id(0)] public required string Reference { get; init; }

    [Id(1)] public required string CitizenId { get; init; }

    [Id(2)] public required string DepartmentId { get; init; }

    [Id(3)] public required string ServiceId { get; init; }

    /// <summary>For the receipt's title and message. Ids 4 and 5 held its English and Telugu before.</summary>
    [Id(10)] public required LocalizedText ServiceName { get; init; }

    /// <summary>The department's own number for what is billed (electricity service number, assessment number…).</summary>
    [Id(6)] public required string AccountNumber { get; init; }

    [Id(7)] public required string HolderName { get; init; }

    [Id(8)] public required decimal Amount { get; init; }

    /// <summary>What the amount covers, e.g. "November 2026" or "2026-27 first half".</summary>
    [Id(9)] public required string Period { get; init; }

    /// <summary>The application whose fee this is: its capture sends the application to review.</summary>
    [Id(11)] public string? ApplicationReference { get; init; }

    /// <summary>The amount as gateways take it: whole paise.</summary>
    public long AmountPaise => (long)decimal.Round(Amount * 100m, MidpointRounding.AwayFromZero);
}

/// <summary>The stages of a payment order. Stored: new stages are appended, never reordered.</summary>
public enum PaymentStatus
{
    /// <summary>Recorded, not yet at the gateway.</summary>
    Created,

    /// <summary>Open at the gateway, waiting for the citizen.</summary>
    Pending,

    Captured,

    Failed,

    /// <summary>Its window passed unpaid.</summary>
    Expired,

    /// <summary>Captured, then returned to the payer.</summary>
    Refunded,
}

/// <summary>How a payment at the gateway ended.</summary>
public enum GatewayOutcome
{
    Captured,
    Failed,
}

/// <summary>A gateway's word on one of its orders: which payment, how it ended, for how much.</summary>
[GenerateSerializer, Immutable]
public sealed record GatewayReport
{
    [Id(0)] public required string OrderId { get; init; }

    [Id(1)] public required string PaymentId { get; init; }

    [Id(2)] public required GatewayOutcome Outcome { get; init; }

    [Id(3)] public required long AmountPaise { get; init; }

    /// <summary>When the gateway says the payment concluded (Razorpay's payment <c>created_at</c>); null when it does not say.</summary>
    [Id(4)] public DateTimeOffset? ConcludedAt { get; init; }

    /// <summary>How we heard it: set by the payment grain for its own status lookups, so the figures can tell the two apart.</summary>
    [Id(5)] public SettlementSource Source { get; init; }
}

/// <summary>How a gateway's report reached its payment order.</summary>
public enum SettlementSource
{
    /// <summary>The gateway's signed callback.</summary>
    Callback,

    /// <summary>The reconciliation reminder's status lookup, after the callback did not come.</summary>
    Reconciliation,
}

public enum SettleResult
{
    /// <summary>The report changed the order (captured or failed).</summary>
    Settled,

    /// <summary>The order had this answer already (a duplicate callback): nothing changed.</summary>
    Duplicate,

    /// <summary>No order here, or the report is for another gateway order or amount: nothing changed.</summary>
    Ignored,
}

/// <summary>A payment order as it stands.</summary>
[GenerateSerializer, Immutable]
public sealed record PaymentView
{
    [Id(0)] public required PaymentOrder Order { get; init; }

    [Id(1)] public required PaymentStatus Status { get; init; }

    /// <summary>The gateway order of the current attempt.</summary>
    [Id(2)] public string? GatewayOrderId { get; init; }

    [Id(3)] public DateTimeOffset? ExpiresAt { get; init; }

    [Id(4)] public DateTimeOffset? PaidAt { get; init; }

    /// <summary>The receipt, once captured.</summary>
    [Id(5)] public ServiceOutcome? Receipt { get; init; }
}
