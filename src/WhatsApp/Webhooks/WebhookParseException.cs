namespace ManaMitra.WhatsApp.Webhooks;

/// <summary>The body is not a webhook at all (not JSON, or not the envelope's shape); the message is fit for a 400 response.</summary>
public sealed class WebhookParseException : Exception
{
    public WebhookParseException(string message)
        : base(message)
    {
    }

    public WebhookParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
