namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary>The <c>ManaMitra:Webhook</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "ManaMitra:Webhook";

    /// <summary>Meta sends payloads of up to 3 MB; anything larger is refused before it is read.</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// How long a webhook may wait for the grains. Past it Meta gets a 503 and retries later, which dedupe makes
    /// harmless; hanging instead would tie up Meta's deliveries and our connections. A healthy grain answers in
    /// milliseconds, so 5 s only ever cuts off a cluster that is overloaded or cannot reach its database.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
