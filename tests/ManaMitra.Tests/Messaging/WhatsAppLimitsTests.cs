using System.Text.Json;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

/// <summary>The validator that the property tests and the catalog test rely on must itself catch every broken limit.</summary>
public class WhatsAppLimitsTests
{
    [Fact]
    public void Metas_documented_list_example_has_no_violations()
    {
        const string json = """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"list","header":{"type":"text","text":"Choose Shipping Option"},
              "body":{"text":"Which shipping option do you prefer?"},"footer":{"text":"Lucky Shrub: Your gateway to succulents"},
              "action":{"button":"Shipping Options","sections":[
                {"title":"I want it ASAP!","rows":[{"id":"priority_express","title":"Priority Mail Express","description":"Next Day to 2 Days"},{"id":"priority_mail","title":"Priority Mail","description":"1–3 Days"}]},
                {"title":"I can wait a bit","rows":[{"id":"usps_ground_advantage","title":"USPS Ground Advantage","description":"2–5 Days"},{"id":"media_mail","title":"Media Mail","description":"2–8 Days"}]}]}}}
            """;

        Assert.Empty(Violations(json));
    }

    [Theory]
    [InlineData("""{"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":"%4097%"}}""", "$.text.body: 4097 characters")]
    [InlineData("""{"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":" "}}""", "$.text.body: empty")]
    [InlineData("""{"messaging_product":"sms","to":"1","type":"text","text":{"body":"hi"}}""", "$.messaging_product")]
    [InlineData("""{"messaging_product":"whatsapp","type":"text","text":{"body":"hi"}}""", "needs a non-empty \"to\"")]
    [InlineData("""{"messaging_product":"whatsapp","to":"1","type":"sticker"}""", "$.type")]
    [InlineData("""{"messaging_product":"whatsapp","to":"1","type":"document","document":{"link":"x.pdf","filename":"x.pdf","caption":"%1025%"}}""", "$.document.link")]
    [InlineData("""{"messaging_product":"whatsapp","to":"1","type":"document","document":{"link":"https://x/x.pdf","filename":"x.pdf","caption":"%1025%"}}""", "$.document.caption: 1025")]
    [InlineData("""{"messaging_product":"whatsapp","status":"read"}""", "$.message_id: missing")]
    public void Broken_text_document_and_receipt_bodies_are_reported(string json, string expected)
    {
        Assert.Contains(Violations(Expand(json)), v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"type":"text","text":"%61%"}""", """{"text":"b"}""", "$.interactive.header.text: 61")]
    [InlineData("""{"type":"image"}""", """{"text":"b"}""", "$.interactive.header.type")]
    [InlineData("""{"type":"text","text":"h"}""", """{"text":"%1025%"}""", "$.interactive.body.text: 1025")]
    public void Broken_headers_and_bodies_are_reported(string header, string body, string expected)
    {
        var json = $$"""
            {"messaging_product":"whatsapp","to":"1","type":"interactive","interactive":{"type":"button","header":{{header}},"body":{{body}},
             "footer":{"text":"%61%"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"} }]} } }
            """;

        var violations = Violations(Expand(json));

        Assert.Contains(violations, v => v.Contains(expected, StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("$.interactive.footer.text: 61", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(11, 1, 24, 72, 200, 20, "11 rows in all")]
    [InlineData(1, 11, 24, 72, 200, 20, "11 sections")]
    [InlineData(1, 1, 25, 72, 200, 20, "title: 25 characters")]
    [InlineData(1, 1, 24, 73, 200, 20, "description: 73 characters")]
    [InlineData(1, 1, 24, 72, 201, 20, "id: 201 characters")]
    [InlineData(1, 1, 24, 72, 200, 21, "$.interactive.action.button: 21 characters")]
    public void Broken_lists_are_reported(int rowsInFirst, int sections, int titleLength, int descriptionLength, int idLength, int buttonLength, string expected)
    {
        var sectionJson = Enumerable.Range(0, sections).Select(s =>
        {
            var rows = Enumerable.Range(0, s == 0 ? rowsInFirst : 1)
                .Select(r => $$"""{"id":"{{Pad($"{s}-{r}-", idLength)}}","title":"{{new string('t', titleLength)}}","description":"{{new string('d', descriptionLength)}}"}""");
            return $$"""{"title":"{{new string('s', 24)}}","rows":[{{string.Join(',', rows)}}]}""";
        });
        var json = $$"""
            {"messaging_product":"whatsapp","to":"1","type":"interactive","interactive":{"type":"list","body":{"text":"b"},
             "action":{"button":"{{new string('b', buttonLength)}}","sections":[{{string.Join(',', sectionJson)}}]} } }
            """;

        Assert.Contains(Violations(json), v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_row_ids_and_untitled_sections_among_several_are_reported()
    {
        const string json = """
            {"messaging_product":"whatsapp","to":"1","type":"interactive","interactive":{"type":"list","body":{"text":"b"},
             "action":{"button":"Open","sections":[{"title":"A","rows":[{"id":"x","title":"X"}]},{"rows":[{"id":"x","title":"Y"}]},{"title":"C","rows":[]}]}}}
            """;

        var violations = Violations(json);

        Assert.Contains("$.interactive.action.sections[1].rows[0].id: \"x\" is not unique", violations);
        Assert.Contains("$.interactive.action.sections[1].title: missing", violations);
        Assert.Contains("$.interactive.action.sections[2].rows: a section needs at least one row", violations);
    }

    [Fact]
    public void Broken_buttons_are_reported()
    {
        var json = $$"""
            {"messaging_product":"whatsapp","to":"1","type":"interactive","interactive":{"type":"button","body":{"text":"b"},
             "action":{"buttons":[
               {"type":"reply","reply":{"id":"a","title":"Same"} },
               {"type":"reply","reply":{"id":"a","title":"Same"} },
               {"type":"url","reply":{"id":"{{new string('i', 257)}}","title":"{{new string('t', 21)}}"} },
               {"type":"reply","reply":{"id":"d","title":"D"} }]} } }
            """;

        var violations = Violations(json);

        Assert.Contains("$.interactive.action.buttons: 4 buttons, must be 1 to 3", violations);
        Assert.Contains("$.interactive.action.buttons[1].reply.id: \"a\" is not unique", violations);
        Assert.Contains("$.interactive.action.buttons[1].reply.title: \"Same\" is not unique", violations);
        Assert.Contains("$.interactive.action.buttons[2].type: must be \"reply\"", violations);
        Assert.Contains("$.interactive.action.buttons[2].reply.id: 257 characters, at most 256", violations);
        Assert.Contains("$.interactive.action.buttons[2].reply.title: 21 characters, at most 20", violations);
    }

    [Fact]
    public void Lengths_count_utf16_code_units_so_emoji_count_double()
    {
        var title = string.Concat(Enumerable.Repeat("👍", 11));
        var json = $$"""
            {"messaging_product":"whatsapp","to":"1","type":"interactive","interactive":{"type":"button","body":{"text":"b"},
             "action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"{{title}}"} }]} } }
            """;

        Assert.Contains("$.interactive.action.buttons[0].reply.title: 22 characters, at most 20", Violations(json));
    }

    [Fact]
    public void Metas_documented_order_details_example_has_no_violations()
    {
        // The shape of the "Receive payments via payment gateways" page's sample, with tax, shipping and discount.
        const string json = """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"919848012345","type":"interactive",
             "interactive":{"type":"order_details","body":{"text":"Your order is ready"},"footer":{"text":"Pay within 15 minutes"},
              "action":{"name":"review_and_pay","parameters":{"reference_id":"order.2026_0001-a","type":"physical-goods",
               "payment_settings":[{"type":"payment_gateway","payment_gateway":{"type":"payu","configuration_name":"payu-prod"}}],
               "currency":"INR","total_amount":{"value":21000,"offset":100},
               "order":{"status":"pending","items":[{"retailer_id":"r1","name":"Product","amount":{"value":10000,"offset":100},"quantity":2}],
                "subtotal":{"value":20000,"offset":100},"tax":{"value":1000,"offset":100},
                "shipping":{"value":500,"offset":100},"discount":{"value":500,"offset":100} } } } } }
            """;

        Assert.Empty(Violations(json));
    }

    [Theory]
    [InlineData("\"name\":\"review_and_pay\"", "\"name\":\"cta_url\"", "$.interactive.action.name: must be \"review_and_pay\"")]
    [InlineData("ENE-PAY-2026-000001", "ENE-PAY-2026-000001-AND-SIXTEEN-MORE", "reference_id: must be English letters, digits, '_', '-' or '.', at most 35")]
    [InlineData("ENE-PAY-2026-000001", "ENE/PAY/2026/000001", "reference_id: must be English letters")]
    [InlineData("digital-goods", "services", "parameters.type: must be \"digital-goods\" or \"physical-goods\"")]
    [InlineData("\"INR\"", "\"USD\"", "parameters.currency: must be \"INR\"")]
    [InlineData("\"type\":\"razorpay\"", "\"type\":\"stripe\"", "payment_settings[0].payment_gateway.type: must be one of")]
    [InlineData("\"configuration_name\":\"manamitra-razorpay\"", "\"configuration_name\":\"\"", "payment_settings[0].payment_gateway.configuration_name: empty")]
    [InlineData("\"status\":\"pending\"", "\"status\":\"captured\"", "order.status: must be \"pending\"")]
    [InlineData("\"name\":\"Electricity bill\"", "\"name\":\"%61%\"", "order.items[0].name: 61 characters, at most 60")]
    [InlineData("\"quantity\":1", "\"quantity\":0", "order.items[0].quantity: must be a whole number above 0")]
    [InlineData("\"total_amount\":{\"value\":19655", "\"total_amount\":{\"value\":19600", "total_amount: 19600 is not subtotal + tax + shipping - discount = 19655")]
    [InlineData("\"subtotal\":{\"value\":19655,\"offset\":100}", "\"subtotal\":{\"value\":19655,\"offset\":1}", "order.subtotal: must be {\"value\": whole paise, \"offset\": 100}")]
    [InlineData(",\"tax\":{\"value\":0,\"offset\":100}", "", "order.tax: missing")]
    public void Broken_order_details_are_reported(string part, string replacement, string expected)
    {
        var rendered = WhatsAppRenderer.Render(
            "919848012345",
            new OrderDetailsReply("₹196.55 is due.", "ENE-PAY-2026-000001", "manamitra-razorpay", [new OrderItem("electricity-bill", "Electricity bill", 19655)]));
        Assert.Empty(Violations(rendered));
        Assert.Contains(part, rendered, StringComparison.Ordinal);

        var violations = Violations(Expand(rendered.Replace(part, replacement, StringComparison.Ordinal)));

        Assert.Contains(violations, v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Items_that_do_not_add_up_to_the_subtotal_are_reported()
    {
        var rendered = WhatsAppRenderer.Render(
            "919848012345",
            new OrderDetailsReply("Due", "REV-INC-2026-000001-FEE", "manamitra-razorpay", [new OrderItem("income-certificate", "Income certificate", 4500)]));

        var violations = Violations(rendered.Replace("\"quantity\":1", "\"quantity\":2", StringComparison.Ordinal));

        Assert.Contains("$.interactive.action.parameters.order.subtotal: 4500 is not the items' amount × quantity = 9000", violations);
    }

    private static IReadOnlyList<string> Violations(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return WhatsAppLimits.Violations(doc.RootElement);
    }

    /// <summary>Replaces <c>%N%</c> with N letters, so the cases above stay readable.</summary>
    private static string Expand(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "%(\\d+)%", m => new string('x', int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));

    private static string Pad(string prefix, int length) => prefix + new string('i', length - prefix.Length);
}
