using ManaMitra.Chat;

namespace ManaMitra.WebhookFrontend.Webhook;

/// <summary>What one webhook delivery asks of us, in the order Meta listed it.</summary>
/// <param name="Messages">Citizens' messages, each <c>wamid</c> once.</param>
/// <param name="Statuses">Delivery statuses of messages we sent.</param>
/// <param name="Ignored">Items deliberately dropped: other subscriptions, group messages, repeats, items missing what we need.</param>
public sealed record WebhookBatch(IReadOnlyList<InboundMessage> Messages, IReadOnlyList<DeliveryStatus> Statuses, int Ignored);
