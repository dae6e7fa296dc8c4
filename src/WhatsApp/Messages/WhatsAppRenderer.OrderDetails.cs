using System.Text.Json;
using System.Text.RegularExpressions;

namespace ManaMitra.WhatsApp.Messages;

/// <summary>
/// <c>order_details</c> as Meta's "Receive payments via payment gateways" page (WhatsApp Payments, India) shows it:
/// <c>action {name: review_and_pay, parameters {reference_id, type, payment_settings[{type: payment_gateway,
/// payment_gateway {type, configuration_name, razorpay {receipt, notes}}}], currency, total_amount, order {status,
/// items[], subtotal, tax}}}</c>.
/// </summary>
public static partial class WhatsAppRenderer
{
    /// <summary>Only Razorpay is set up for ManaMitra; Meta also takes billdesk, payu and zaakpay here.</summary>
    private const string PaymentGateway = "razorpay";

    [GeneratedRegex("^[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OrderReferenceShape();

    /// <summary>Whether Meta would accept <paramref name="reference"/> as an order's <c>reference_id</c>.</summary>
    public static bool IsOrderReference(string reference) =>
        reference.Length <= WhatsAppLimits.OrderReferenceId && OrderReferenceShape().IsMatch(reference);

    private static void WriteOrderDetails(Utf8JsonWriter writer, OrderDetailsReply reply)
    {
        // The reference comes back in Meta's payment webhooks and is matched exactly: shortening it would lose the order.
        if (reply.ReferenceId is null || !IsOrderReference(reply.ReferenceId))
        {
            throw new ArgumentException(
                $"Order reference \"{reply.ReferenceId}\" must be English letters, digits, '_', '-' or '.', at most {WhatsAppLimits.OrderReferenceId}.",
                ReplyParameter);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reply.PaymentConfiguration, ReplyParameter);
        ArgumentNullException.ThrowIfNull(reply.Items, ReplyParameter);
        if (reply.Items.Count == 0)
        {
            throw new ArgumentException("An order needs at least one item.", ReplyParameter);
        }

        var body = Required(reply.Body, WhatsAppLimits.InteractiveBody, "Order body");
        var items = reply.Items.Select(Item).ToList();
        var subtotal = items.Sum(item => item.AmountPaise * item.Quantity);

        WriteInteractiveStart(writer, "order_details", header: null, body, footer: null);
        writer.WriteStartObject("action");
        writer.WriteString("name", "review_and_pay");
        writer.WriteStartObject("parameters");
        writer.WriteString("reference_id", reply.ReferenceId);
        // Fees and bills are services, nothing is shipped: physical goods would need shipping and origin details.
        writer.WriteString("type", "digital-goods");
        writer.WriteStartArray("payment_settings");
        writer.WriteStartObject();
        writer.WriteString("type", "payment_gateway");
        writer.WriteStartObject("payment_gateway");
        writer.WriteString("type", PaymentGateway);
        writer.WriteString("configuration_name", reply.PaymentConfiguration);
        // WhatsApp opens the order at Razorpay itself; our reference in its receipt and notes names it there (and in
        // Razorpay's own callback, which carries the order's notes.reference like every order we open).
        writer.WriteStartObject(PaymentGateway);
        writer.WriteString("receipt", reply.ReferenceId);
        writer.WriteStartObject("notes");
        writer.WriteString("reference", reply.ReferenceId);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("currency", "INR");
        WriteAmount(writer, "total_amount", subtotal);
        writer.WriteStartObject("order");
        writer.WriteString("status", "pending");
        writer.WriteStartArray("items");
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("retailer_id", item.RetailerId);
            writer.WriteString("name", item.Name);
            WriteAmount(writer, "amount", item.AmountPaise);
            writer.WriteNumber("quantity", item.Quantity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteAmount(writer, "subtotal", subtotal);
        // Meta requires tax on the order; government fees and bills carry none of their own.
        WriteAmount(writer, "tax", 0);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static OrderItem Item(OrderItem item, int index)
    {
        if (item.AmountPaise <= 0 || item.Quantity <= 0)
        {
            throw new ArgumentException($"Order item {index} needs a positive amount and quantity, got {item.AmountPaise} paise × {item.Quantity}.", ReplyParameter);
        }

        // Meta documents no limit for a retailer id, only that it is there.
        return item with
        {
            RetailerId = Id(item.RetailerId, int.MaxValue, $"Retailer id of order item {index}"),
            Name = Required(item.Name, WhatsAppLimits.OrderItemName, $"Name of order item {index}"),
        };
    }

    private static void WriteAmount(Utf8JsonWriter writer, string name, long paise)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("value", paise);
        writer.WriteNumber("offset", WhatsAppLimits.AmountOffset);
        writer.WriteEndObject();
    }
}
