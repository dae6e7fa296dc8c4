using System.Text.Json;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.WhatsApp.Webhooks;

/// <summary>Reads the raw body of a (signature-checked) <c>POST /webhook</c> as Meta's envelope.</summary>
public static class WebhookReader
{
    /// <summary>The <c>object</c> of WhatsApp Business Account webhooks; other Meta products may share the endpoint.</summary>
    public const string BusinessAccountObject = "whatsapp_business_account";

    /// <summary>The <c>field</c> of changes that carry messages and statuses; template, quality and account updates use others.</summary>
    public const string MessagesField = "messages";

    /// <summary>The <c>type</c> of a status that reports on a payment rather than on a message's delivery.</summary>
    public const string PaymentStatusType = "payment";

    /// <summary>
    /// The payment reference a payment status names (the <c>reference_id</c> of our <c>order_details</c> message), or
    /// null when the status is about a message's delivery or names no reference we could have sent.
    /// </summary>
    public static string? PaymentReference(MetaStatus status) =>
        status is { Type: PaymentStatusType, Payment.ReferenceId: { } reference } && WhatsAppRenderer.IsOrderReference(reference)
            ? reference
            : null;

    /// <exception cref="WebhookParseException">The body is not JSON or not shaped like a Meta webhook.</exception>
    public static MetaWebhook Read(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, MetaJsonContext.Default.MetaWebhook)
                ?? throw new WebhookParseException("Not a WhatsApp webhook: the body is JSON null.");
        }
        catch (JsonException e)
        {
            // Position only: the serializer's own text names our internal types, which callers have no use for.
            throw new WebhookParseException(
                $"Not a WhatsApp webhook: invalid JSON or unexpected shape at {e.Path ?? "$"} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).",
                e);
        }
    }
}
