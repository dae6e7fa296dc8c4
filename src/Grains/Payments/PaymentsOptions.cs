namespace ManaMitra.Grains.Payments;

/// <summary>
/// <c>ManaMitra:Payments</c>: the gateway's webhook secret, how long orders and reconciliation wait, and whether
/// payments are asked for with WhatsApp Payments.
/// </summary>
public sealed class PaymentsOptions
{
    public const string Section = "ManaMitra:Payments";

    /// <summary>HMAC key of the gateway's callbacks. Empty: a random one per process, known only to the sandbox gateway.</summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>How long an order may be paid before it expires (gateways default to 15 minutes for UPI collect).</summary>
    public TimeSpan OrderLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a pending order waits for its callback before it is looked up at the gateway, and then again at this
    /// period until it is settled or expired: callbacks get lost.
    /// </summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The name of the payment configuration set up in WhatsApp Manager (WhatsApp Payments, India). Set: a payment is
    /// asked for with WhatsApp's own bill (<c>order_details</c>, "Review and pay"); empty: with a button that opens
    /// the gateway's payment page (<c>cta_url</c>).
    /// </summary>
    public string WhatsAppConfiguration { get; set; } = string.Empty;
}
