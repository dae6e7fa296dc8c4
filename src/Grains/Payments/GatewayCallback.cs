using System.Text.Json;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.Grains.Payments;

/// <summary>
/// The gateway's callback, shaped like Razorpay's webhook events (<c>payment.captured</c>, <c>payment.failed</c>):
/// <c>{"entity":"event","event":…,"payload":{"payment":{"entity":{"id","order_id","amount","status","created_at","notes":{"reference"}}}}}</c>,
/// signed in <see cref="SignatureHeader"/> as <c>sha256=</c> + hex HMAC-SHA256 of the raw body. The one place that
/// writes (for the sandbox gateway) and reads (for <c>POST /payments/callback</c>) that shape.
/// </summary>
public static class GatewayCallback
{
    public const string SignatureHeader = "X-Gateway-Signature";

    private const string Captured = "payment.captured";
    private const string Failed = "payment.failed";

    /// <summary>A callback of one payment, whose order carried our reference in its notes.</summary>
    public sealed record Event(string Reference, GatewayReport Report);

    /// <summary>The signature header value for <paramref name="body"/>; constant-time checked by <see cref="IsSigned"/>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, byte[] key) => WebhookSignature.Sign(body, key);

    public static bool IsSigned(ReadOnlySpan<byte> body, string? header, byte[] key) => WebhookSignature.IsValid(body, header, key);

    public static byte[] Write(string reference, GatewayReport report, DateTimeOffset at) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            entity = "event",
            account_id = "acc_sandbox",
            @event = report.Outcome == GatewayOutcome.Captured ? Captured : Failed,
            contains = new[] { "payment" },
            payload = new
            {
                payment = new
                {
                    entity = new
                    {
                        id = report.PaymentId,
                        entity = "payment",
                        amount = report.AmountPaise,
                        currency = "INR",
                        status = report.Outcome == GatewayOutcome.Captured ? "captured" : "failed",
                        order_id = report.OrderId,
                        method = "upi",
                        notes = new { reference },
                        created_at = report.ConcludedAt?.ToUnixTimeSeconds(),
                    },
                },
            },
            created_at = at.ToUnixTimeSeconds(),
        });

    /// <summary>The payment the callback reports, or null for a well-formed event of another kind (nothing to do).</summary>
    /// <exception cref="FormatException">Not JSON, or not an event of this shape.</exception>
    public static Event? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "event") is not { } kind)
            {
                throw new FormatException("The body is not a gateway event (no \"event\").");
            }

            if (kind is not (Captured or Failed))
            {
                return null;
            }

            var payment = root.GetProperty("payload").GetProperty("payment").GetProperty("entity");
            var report = new GatewayReport
            {
                OrderId = Required(payment, "order_id"),
                PaymentId = Required(payment, "id"),
                Outcome = kind == Captured ? GatewayOutcome.Captured : GatewayOutcome.Failed,
                AmountPaise = payment.GetProperty("amount").GetInt64(),
                ConcludedAt = payment.TryGetProperty("created_at", out var at) && at.ValueKind == JsonValueKind.Number
                    ? DateTimeOffset.FromUnixTimeSeconds(at.GetInt64())
                    : null,
            };
            return new Event(Required(payment.GetProperty("notes"), "reference"), report);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"Malformed gateway event: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Required(JsonElement element, string name) =>
        Text(element, name) is { Length: > 0 } value ? value : throw new FormatException($"\"{name}\" is missing or empty.");
}
