using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Grains.Departments;

[GenerateSerializer]
public sealed class PaymentState
{
    [Id(0)] public PaymentOrder? Order { get; set; }

    [Id(1)] public DateTimeOffset? PaidAt { get; set; }

    /// <summary>The citizen's chat has the receipt. Separate from <see cref="PaidAt"/> so a crash between the two retries the notice.</summary>
    [Id(2)] public bool Notified { get; set; }

    [Id(3)] public PaymentStatus Status { get; set; }

    /// <summary>The gateway order of the current attempt, and the page where it is paid.</summary>
    [Id(4)] public string? GatewayOrderId { get; set; }

    [Id(5)] public string? PaymentUrl { get; set; }

    [Id(6)] public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The gateway's id of the payment that settled the order.</summary>
    [Id(7)] public string? PaymentId { get; set; }

    /// <summary>The citizen was told this attempt failed or expired (same crash rule as <see cref="Notified"/>).</summary>
    [Id(8)] public bool EndNotified { get; set; }

    /// <summary>The application whose fee this is was told of the capture.</summary>
    [Id(9)] public bool ApplicationTold { get; set; }

    /// <summary>A booking's place numbers, once its payment confirmed them in the slot.</summary>
    [Id(10)] public int[]? Places { get; set; }

    /// <summary>The booking was cancelled by its holder, with this refund.</summary>
    [Id(11)] public BookingCancellation? Cancellation { get; set; }

    /// <summary>
    /// The gateway orders of the attempts before the current one. A citizen who tapped "Try again" may still complete
    /// an earlier one (a UPI request approved late): its capture counts, and a second capture is paid back.
    /// </summary>
    [Id(12)] public List<string> EarlierOrders { get; set; } = [];

    /// <summary>The gateway order whose payment captured this one: refunds go back through it.</summary>
    [Id(13)] public string? CapturedOrderId { get; set; }

    /// <summary>Where a refund goes: the capturing order (the current attempt's for payments captured before it was kept).</summary>
    public string? PaidOrderId => CapturedOrderId ?? GatewayOrderId;
}
