namespace ManaMitra.WhatsApp.Webhooks;

/// <summary>
/// The <c>payment</c> of a payment status (<c>statuses[].type = payment</c>), sent when the payment of an
/// <c>order_details</c> message changes. Meta says not to rely on it alone: it is a hint to look the payment up.
/// </summary>
public sealed record MetaPayment
{
    /// <summary>The <c>reference_id</c> the <c>order_details</c> message carried: our payment reference.</summary>
    public string? ReferenceId { get; init; }

    public MetaAmount? Amount { get; init; }

    public string? Currency { get; init; }

    /// <summary>The attempt at the payment gateway.</summary>
    public MetaTransaction? Transaction { get; init; }

    /// <summary>The Razorpay receipt the order carried, when it carried one.</summary>
    public string? Receipt { get; init; }
}

/// <summary>An amount as value / offset; with INR, offset 100 makes the value whole paise.</summary>
public sealed record MetaAmount
{
    public long? Value { get; init; }

    public int? Offset { get; init; }
}

public sealed record MetaTransaction
{
    /// <summary>The gateway's id of the attempt (a Razorpay order id, <c>order_…</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The gateway: <c>razorpay</c>, <c>payu</c>, <c>billdesk</c> or <c>zaakpay</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>pending</c>, <c>success</c> or <c>failed</c>.</summary>
    public string? Status { get; init; }

    public long? CreatedTimestamp { get; init; }

    public long? UpdatedTimestamp { get; init; }

    public MetaAmount? Amount { get; init; }

    public string? Currency { get; init; }
}
