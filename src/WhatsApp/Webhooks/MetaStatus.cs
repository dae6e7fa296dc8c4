namespace ManaMitra.WhatsApp.Webhooks;

/// <summary>
/// One item of <c>statuses[]</c>: what happened to a message the business sent, or, with <see cref="Type"/>
/// <c>payment</c>, to the payment of an <c>order_details</c> message.
/// </summary>
public sealed record MetaStatus
{
    /// <summary>The <c>wamid</c> of the message we sent.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// <c>sent</c>, <c>delivered</c>, <c>read</c> or <c>failed</c>; for a payment, the payment's: <c>captured</c>,
    /// <c>pending</c> or <c>failed</c>.
    /// </summary>
    public string? Status { get; init; }

    /// <summary><c>payment</c> for a payment status; absent on delivery statuses.</summary>
    public string? Type { get; init; }

    /// <summary>The payment this status reports on, when <see cref="Type"/> is <c>payment</c>.</summary>
    public MetaPayment? Payment { get; init; }

    /// <summary>Unix seconds, as a string.</summary>
    public string? Timestamp { get; init; }

    /// <summary>The recipient's phone number; absent when Meta withholds it.</summary>
    public string? RecipientId { get; init; }

    /// <summary>The recipient's business-scoped user id.</summary>
    public string? RecipientUserId { get; init; }

    /// <summary><c>group</c> when the message went to a group; <see cref="RecipientId"/> is then the group.</summary>
    public string? RecipientType { get; init; }

    public MetaConversation? Conversation { get; init; }

    public MetaPricing? Pricing { get; init; }

    public IReadOnlyList<MetaError?>? Errors { get; init; }
}

public sealed record MetaConversation
{
    public string? Id { get; init; }

    /// <summary>Unix seconds; documented as a string, seen as a number too (read either way).</summary>
    public long? ExpirationTimestamp { get; init; }

    public MetaConversationOrigin? Origin { get; init; }
}

public sealed record MetaConversationOrigin
{
    public string? Type { get; init; }
}

public sealed record MetaPricing
{
    public bool? Billable { get; init; }

    public string? PricingModel { get; init; }

    public string? Category { get; init; }

    public string? Type { get; init; }
}

public sealed record MetaError
{
    /// <summary>Graph API error code, e.g. 131047 (re-engagement window closed) or 131051 (unsupported message type).</summary>
    public int? Code { get; init; }

    public string? Title { get; init; }

    public string? Message { get; init; }

    public MetaErrorData? ErrorData { get; init; }
}

public sealed record MetaErrorData
{
    public string? Details { get; init; }
}
