using ManaMitra.Interfaces.Chat;

namespace ManaMitra.WebhookFrontend.Webhook;

/// <summary>What one webhook delivery asks of us, in the order Meta listed it.</summary>
/// <param name="Messages">Citizens' messages, each <c>wamid</c> once.</param>
/// <param name="Statuses">Delivery statuses of messages we sent.</param>
/// <param name="Payments">
/// The payment references that Meta's payment statuses named, each once: hints to look those payments up at the
/// gateway, never proof of payment.
/// </param>
/// <param name="Ignored">Items deliberately dropped: other subscriptions, group messages, repeats, items missing what we need.</param>
/// <param name="UserIds">
/// The key of the business-scoped user id Meta gave beside each citizen key of the batch (the key of a phone number,
/// or of the user id itself when it came alone), so the router can find the conversation the user id belongs to.
/// </param>
public sealed record WebhookBatch(
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<DeliveryStatus> Statuses,
    IReadOnlyList<string> Payments,
    int Ignored,
    IReadOnlyDictionary<string, string> UserIds)
{
    public static WebhookBatch Of(InboundMessage message) => new([message], [], [], 0, new Dictionary<string, string>());

    public static WebhookBatch Nothing(int ignored) => new([], [], [], ignored, new Dictionary<string, string>());
}
