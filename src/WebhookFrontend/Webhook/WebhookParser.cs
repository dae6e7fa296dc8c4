using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.WebhookFrontend.Webhook;

/// <summary>
/// Turns the raw body of a (signature-checked) <c>POST /webhook</c> into the messages and statuses it carries, in the
/// grains' terms: the WhatsApp library reads Meta's envelope, this walks it and maps each item.
/// </summary>
public static class WebhookParser
{
    /// <param name="keys">Names each citizen by their conversation's key, made from the id Meta gave.</param>
    /// <exception cref="WebhookParseException">The body is not JSON or not shaped like a Meta webhook.</exception>
    public static WebhookBatch Parse(ReadOnlySpan<byte> body, CitizenKeys keys)
    {
        var webhook = WebhookReader.Read(body);
        if (webhook.Object is null)
        {
            throw new WebhookParseException("Not a WhatsApp webhook: 'object' is missing.");
        }

        // Other Meta products (pages, instagram) may share the app's endpoint; they are not ours to answer.
        if (webhook.Object != WebhookReader.BusinessAccountObject)
        {
            return WebhookBatch.Nothing(webhook.Entry?.Count ?? 0);
        }

        if (webhook.Entry is null)
        {
            throw new WebhookParseException("Not a WhatsApp webhook: 'entry' is missing.");
        }

        var batch = new BatchBuilder(keys);
        foreach (var change in webhook.Entry.SelectMany(entry => entry?.Changes ?? []))
        {
            // Template, quality and account updates arrive on the same endpoint but ask nothing of a conversation.
            if (change is not { Field: WebhookReader.MessagesField, Value: { } value })
            {
                batch.Ignore();
                continue;
            }

            foreach (var message in value.Messages ?? [])
            {
                if (message is null)
                {
                    batch.Ignore();
                    continue;
                }

                batch.Add(InboundMessageMapper.Map(message, value.Contacts, keys), CitizenId.UserIdOf(message, value.Contacts));
            }

            foreach (var status in value.Statuses ?? [])
            {
                if (status is null)
                {
                    batch.Ignore();
                    continue;
                }

                // A payment's "failed" is not the order message's delivery failing: payment statuses never reach the outbox.
                if (status.Type == WebhookReader.PaymentStatusType)
                {
                    batch.AddPayment(WebhookReader.PaymentReference(status));
                    continue;
                }

                batch.Add(DeliveryStatusMapper.Map(status, keys), CitizenId.UserIdOf(status));
            }
        }

        return batch.Build();
    }

    /// <summary>Collects a batch, keeping the first of any item Meta repeats within one delivery.</summary>
    private sealed class BatchBuilder(CitizenKeys keys)
    {
        private readonly List<InboundMessage> _messages = [];
        private readonly List<DeliveryStatus> _statuses = [];
        private readonly HashSet<string> _messageIds = new(StringComparer.Ordinal);
        private readonly HashSet<(string, DeliveryState)> _statusKeys = [];
        private readonly List<string> _payments = [];
        private readonly Dictionary<string, string> _userIds = new(StringComparer.Ordinal);
        private int _ignored;

        public void Ignore() => _ignored++;

        public void Add(InboundMessage? message, string? userId)
        {
            if (message is null || !_messageIds.Add(message.MessageId))
            {
                _ignored++;
                return;
            }

            _messages.Add(message);
            Remember(message.CitizenId, userId);
        }

        public void Add(DeliveryStatus? status, string? userId)
        {
            if (status is null || !_statusKeys.Add((status.MessageId, status.State)))
            {
                _ignored++;
                return;
            }

            _statuses.Add(status);
            Remember(status.CitizenId, userId);
        }

        /// <summary>One look-up per payment is enough however many of its statuses one delivery carries.</summary>
        public void AddPayment(string? reference)
        {
            if (reference is null || _payments.Contains(reference, StringComparer.Ordinal))
            {
                _ignored++;
                return;
            }

            _payments.Add(reference);
        }

        public WebhookBatch Build() => new(_messages, _statuses, _payments, _ignored, _userIds);

        private void Remember(string citizenId, string? userId)
        {
            if (userId is not null)
            {
                _userIds[citizenId] = keys.Of(userId);
            }
        }
    }
}
