using ManaMitra.Interfaces.Retention;
using ManaMitra.Languages;
using Orleans.Concurrency;

namespace ManaMitra.Interfaces.Departments;

/// <summary>
/// One payment order, keyed by its reference. Persisted, so a gateway callback that arrives late, or twice, finds the
/// order it settles. Its life (docs/PAYMENTS.md): created → pending at the gateway → captured, failed or expired →
/// refunded. The receipt is issued on capture only, exactly once.
/// </summary>
public interface IPaymentGrain : IRetainedRecord
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

    /// <summary>
    /// While pending, looks the order up at the gateway now and settles it from the gateway's answer, or expires it
    /// past its window; what the reminder does every <c>ReconcileAfter</c>. For a hint that the payment moved (Meta's
    /// payment status webhook), which is never itself taken as proof. Nothing happens for an unknown reference.
    /// </summary>
    Task Reconcile();

    /// <summary>Returns a captured payment to the payer at the gateway; false when nothing is captured or the gateway refused.</summary>
    Task<bool> Refund();

    /// <returns>Null when no order has this reference.</returns>
    /// <remarks>
    /// Interleaves: it only reads, and a citizen's chat grain asks it while this grain may be waiting on that chat to
    /// take a notice — without interleaving, each would wait for the other until the call timed out.
    /// </remarks>
    [AlwaysInterleave]
    Task<PaymentView?> View();

    /// <summary>
    /// What cancelling the booking this payment bought would refund now, under its service's tiers, or how it was
    /// cancelled; changes nothing.
    /// </summary>
    [AlwaysInterleave]
    Task<BookingCancellation> QuoteCancellation();

    /// <summary>
    /// Cancels the booking this payment bought, if its service's tiers still allow: the places go back on sale, the
    /// refund goes to the payer at the gateway, the ticket is revoked; <see cref="CancellationVerdict.Cancelled"/>, or
    /// why not. Cancelling again answers as the first time.
    /// </summary>
    Task<BookingCancellation> CancelBooking();
}

/// <param name="Refund">What comes back (or came back), in rupees.</param>
[GenerateSerializer, Immutable]
public sealed record BookingCancellation(
    [property: Id(0)] CancellationVerdict Verdict,
    [property: Id(1)] decimal Refund = 0,
    [property: Id(2)] int RefundPercent = 0);

public enum CancellationVerdict
{
    /// <summary>May be cancelled now, for the refund quoted.</summary>
    Allowed,

    /// <summary>Cancelled by its holder, with this refund; asked again, the same answer.</summary>
    Cancelled,

    /// <summary>The last tier's deadline before the session has passed.</summary>
    TooLate,

    /// <summary>The service's tickets cannot be cancelled at all.</summary>
    Final,

    /// <summary>No paid, confirmed booking under this reference.</summary>
    NothingToCancel,
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

    /// <summary>The places this payment buys: its capture confirms them and issues the ticket instead of a receipt.</summary>
    [Id(12)] public BookingHold? Booking { get; init; }

    /// <summary>The amount as gateways take it: whole paise.</summary>
    public long AmountPaise => (long)decimal.Round(Amount * 100m, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Whether <paramref name="other"/> asks the same payment: the same reference, payer and amount. A repeated
    /// submission writes its order again with new instants inside (a ticket's time of writing); it is still this order.
    /// </summary>
    public bool IsSameDue(PaymentOrder other) =>
        Reference == other.Reference && CitizenId == other.CitizenId && AmountPaise == other.AmountPaise;
}

/// <summary>Places a slot holds for a payment, and the ticket they become once it is paid.</summary>
[GenerateSerializer, Immutable]
public sealed record BookingHold
{
    /// <summary>The slot grain holding the places.</summary>
    [Id(0)] public required string SlotKey { get; init; }

    /// <summary>The hold's request id in that slot.</summary>
    [Id(1)] public required SlotBookingRequest Request { get; init; }

    /// <summary>The ticket as it will be issued, before its place numbers and date of payment are known.</summary>
    [Id(2)] public required ServiceOutcome Ticket { get; init; }

    /// <summary>When the session starts, in India's time: a cancellation's refund depends on how long before it.</summary>
    [Id(3)] public required DateTimeOffset StartsAt { get; init; }
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

    /// <summary>What the capture issued: the receipt, or a booking's ticket once its places are confirmed.</summary>
    [Id(5)] public ServiceOutcome? Receipt { get; init; }
}
