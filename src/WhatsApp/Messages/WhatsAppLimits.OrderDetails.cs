using System.Text.Json;

namespace ManaMitra.WhatsApp.Messages;

public static partial class WhatsAppLimits
{
    private const string OrderParameters = "$.interactive.action.parameters";

    /// <summary>The payment gateways Meta's <c>payment_settings</c> take in India.</summary>
    private static readonly string[] PaymentGateways = ["billdesk", "payu", "razorpay", "zaakpay"];

    private static void CheckOrderDetails(JsonElement? action, List<string> found)
    {
        if (action is not { } element)
        {
            return;
        }

        if (Text(element, "name") != "review_and_pay")
        {
            found.Add("$.interactive.action.name: must be \"review_and_pay\"");
        }

        if (Object(element, "parameters", "$.interactive.action", found) is not { } parameters)
        {
            return;
        }

        if (Text(parameters, "reference_id") is not { } reference || !WhatsAppRenderer.IsOrderReference(reference))
        {
            found.Add($"{OrderParameters}.reference_id: must be English letters, digits, '_', '-' or '.', at most {OrderReferenceId}");
        }

        if (Text(parameters, "type") is not ("digital-goods" or "physical-goods"))
        {
            found.Add($"{OrderParameters}.type: must be \"digital-goods\" or \"physical-goods\"");
        }

        if (Text(parameters, "currency") != "INR")
        {
            found.Add($"{OrderParameters}.currency: must be \"INR\"");
        }

        CheckPaymentSettings(Array(parameters, "payment_settings", OrderParameters, found), found);
        var total = Amount(parameters, "total_amount", OrderParameters, required: true, found);
        if (Object(parameters, "order", OrderParameters, found) is { } order && CheckOrder(order, found) is { } expected && total is { } stated && stated != expected)
        {
            found.Add($"{OrderParameters}.total_amount: {stated} is not subtotal + tax + shipping - discount = {expected}");
        }
    }

    private static void CheckPaymentSettings(List<JsonElement> settings, List<string> found)
    {
        if (settings.Count == 0)
        {
            found.Add($"{OrderParameters}.payment_settings: needs a payment gateway");
        }

        for (var s = 0; s < settings.Count; s++)
        {
            var path = $"{OrderParameters}.payment_settings[{s}]";
            if (Text(settings[s], "type") != "payment_gateway")
            {
                found.Add($"{path}.type: must be \"payment_gateway\"");
            }

            if (Object(settings[s], "payment_gateway", path, found) is not { } gateway)
            {
                continue;
            }

            if (!PaymentGateways.Contains(Text(gateway, "type")))
            {
                found.Add($"{path}.payment_gateway.type: must be one of {string.Join(", ", PaymentGateways)}");
            }

            CheckText(gateway, $"{path}.payment_gateway", "configuration_name", int.MaxValue, required: true, found);
        }
    }

    /// <returns>The total the order's parts add up to, or null when they cannot be added up.</returns>
    private static long? CheckOrder(JsonElement order, List<string> found)
    {
        const string path = $"{OrderParameters}.order";
        if (Text(order, "status") != "pending")
        {
            found.Add($"{path}.status: must be \"pending\" in an order_details message");
        }

        var items = Array(order, "items", path, found);
        if (items.Count == 0)
        {
            found.Add($"{path}.items: an order needs at least one item");
        }

        long? sum = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}.items[{i}]";
            CheckText(items[i], itemPath, "retailer_id", int.MaxValue, required: true, found);
            CheckText(items[i], itemPath, "name", OrderItemName, required: true, found);
            var amount = Amount(items[i], "amount", itemPath, required: true, found);
            var quantity = items[i].TryGetProperty("quantity", out var q) && q.ValueKind == JsonValueKind.Number && q.TryGetInt32(out var n) && n > 0 ? n : (int?)null;
            if (quantity is null)
            {
                found.Add($"{itemPath}.quantity: must be a whole number above 0");
            }

            sum += amount * quantity;
        }

        var subtotal = Amount(order, "subtotal", path, required: true, found);
        if (subtotal is { } stated && sum is { } added && stated != added)
        {
            found.Add($"{path}.subtotal: {stated} is not the items' amount × quantity = {added}");
        }

        var tax = Amount(order, "tax", path, required: true, found);
        var shipping = Amount(order, "shipping", path, required: false, found) ?? 0;
        var discount = Amount(order, "discount", path, required: false, found) ?? 0;
        return subtotal + tax + shipping - discount;
    }

    /// <summary>An amount object <c>{value, offset}</c>: a whole value with offset 100 (INR, paise); null when absent or broken.</summary>
    private static long? Amount(JsonElement parent, string name, string path, bool required, List<string> found)
    {
        if (!parent.TryGetProperty(name, out var amount))
        {
            if (required)
            {
                found.Add($"{path}.{name}: missing");
            }

            return null;
        }

        var value = amount.ValueKind == JsonValueKind.Object && amount.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var whole) && whole >= 0
            ? whole
            : (long?)null;
        var offset = amount.ValueKind == JsonValueKind.Object && amount.TryGetProperty("offset", out var o) && o.ValueKind == JsonValueKind.Number && o.TryGetInt32(out var by) ? by : (int?)null;
        if (value is null || offset != AmountOffset)
        {
            found.Add($"{path}.{name}: must be {{\"value\": whole paise, \"offset\": {AmountOffset}}}");
            return null;
        }

        return value;
    }
}
