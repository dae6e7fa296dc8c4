using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

/// <summary>What cannot be shortened without changing meaning is the caller's bug, reported before anything is sent.</summary>
public class WhatsAppRendererRejectionTests
{
    private const string Phone = "919876543210";

    [Fact]
    public void Eleven_rows_are_refused_even_across_sections()
    {
        var reply = new ListReply("Body", "Open", [Section("First", 0, 6), Section("Second", 6, 5)]);

        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));

        Assert.Contains("at most 10 rows", error.Message, StringComparison.Ordinal);
        Assert.Contains("got 11", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("upi://pay?pa=energy@sandboxupi&am=196.55")]
    [InlineData("/pay/order_1")]
    [InlineData("")]
    public void A_url_button_opens_only_an_absolute_web_page(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new UrlButtonReply("Body", "Pay ₹196.55", url)));

        Assert.Contains("http(s)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ENE-PAY-2026-000001-FEE-AND-MORE-TEXT")]
    [InlineData("ENE/PAY/2026/000001")]
    [InlineData("ENE PAY 1")]
    [InlineData("")]
    public void An_order_reference_meta_would_refuse_is_refused_rather_than_shortened(string reference)
    {
        var reply = new OrderDetailsReply("Body", reference, "manamitra-razorpay", [new OrderItem("electricity-bill", "Electricity bill", 19655)]);

        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));

        Assert.Contains("at most 35", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(19655, 0)]
    public void An_order_item_without_a_positive_amount_and_quantity_is_refused(long paise, int quantity)
    {
        var reply = new OrderDetailsReply("Body", "ENE-PAY-2026-000001", "manamitra-razorpay", [new OrderItem("electricity-bill", "Electricity bill", paise, quantity)]);

        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));
    }

    [Fact]
    public void An_order_item_s_long_name_is_fitted_and_the_total_adds_up_the_items()
    {
        var reply = new OrderDetailsReply(
            "Body",
            "REV-INC-2026-000001-FEE",
            "manamitra-razorpay",
            [new OrderItem("income-certificate", new string('n', 100), 4500), new OrderItem("stamp-paper", "Stamp paper", 1000, 2)]);

        using var body = System.Text.Json.JsonDocument.Parse(WhatsAppRenderer.Render(Phone, reply));

        var parameters = body.RootElement.GetProperty("interactive").GetProperty("action").GetProperty("parameters");
        Assert.Equal(WhatsAppLimits.OrderItemName, parameters.GetProperty("order").GetProperty("items")[0].GetProperty("name").GetString()!.Length);
        Assert.Equal(6500, parameters.GetProperty("total_amount").GetProperty("value").GetInt64());
        Assert.Equal(6500, parameters.GetProperty("order").GetProperty("subtotal").GetProperty("value").GetInt64());
        Assert.Empty(WhatsAppLimits.Violations(body.RootElement));
    }

    [Fact]
    public void A_url_button_s_words_and_body_are_fitted_to_meta_s_limits()
    {
        var reply = new UrlButtonReply(new string('b', 2000), "Pay ₹1,20,000 for the water tax now", "https://mitra.test/pay/order_1");

        using var body = System.Text.Json.JsonDocument.Parse(WhatsAppRenderer.Render(Phone, reply));

        var interactive = body.RootElement.GetProperty("interactive");
        var words = interactive.GetProperty("action").GetProperty("parameters").GetProperty("display_text").GetString()!;
        Assert.InRange(words.Length, 1, WhatsAppLimits.CtaDisplayText);
        Assert.EndsWith(WhatsAppText.Ellipsis, words, StringComparison.Ordinal);
        Assert.Equal(WhatsAppLimits.InteractiveBody, interactive.GetProperty("body").GetProperty("text").GetString()!.Length);
        Assert.Empty(WhatsAppLimits.Violations(body.RootElement));
    }

    [Fact]
    public void Ten_rows_are_fine()
    {
        var reply = new ListReply("Body", "Open", [Section("First", 0, 4), Section("Second", 4, 6)]);

        Assert.NotEmpty(WhatsAppRenderer.Render(Phone, reply));
    }

    [Fact]
    public void Eleven_sections_are_refused()
    {
        var sections = Enumerable.Range(0, 11).Select(i => Section($"S{i}", i, 1)).ToList();

        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new ListReply("Body", "Open", sections)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Buttons_outside_one_to_three_are_refused(int count)
    {
        var buttons = Enumerable.Range(0, count).Select(i => new ReplyButton($"b{i}", $"Button {i}")).ToList();

        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new ButtonsReply("Body", buttons)));

        Assert.Contains("1 to 3 buttons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_row_ids_are_refused_across_sections()
    {
        var reply = new ListReply("Body", "Open", [new ListSection("A", [new ListRow("same", "One")]), new ListSection("B", [new ListRow("same", "Two")])]);

        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));

        Assert.Contains("Duplicate row id \"same\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_button_ids_are_refused()
    {
        var reply = new ButtonsReply("Body", [new ReplyButton("yes", "Yes"), new ReplyButton("yes", "Sure")]);

        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));

        Assert.Contains("Duplicate button id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Button_titles_that_shorten_to_the_same_text_are_refused()
    {
        var reply = new ButtonsReply("Body", [new ReplyButton("a", "Income certificate new"), new ReplyButton("b", "Income certificate renewal")]);

        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));

        Assert.Contains("Duplicate button title", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_required_text_is_refused(string empty)
    {
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new TextReply(empty)));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new ButtonsReply(empty, [new ReplyButton("a", "A")])));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new ButtonsReply("Body", [new ReplyButton("a", empty)])));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new ListReply("Body", empty, [Section(null, 0, 1)])));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new ListReply("Body", "Open", [new ListSection(null, [new ListRow("a", empty)])])));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new ListReply("Body", "Open", [new ListSection(null, [new ListRow(empty, "A")])])));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new DocumentReply("https://x.example/d.pdf", empty, null)));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(empty, new TextReply("hi")));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.MarkAsRead(empty));
    }

    [Fact]
    public void Several_sections_each_need_a_title()
    {
        var reply = new ListReply("Body", "Open", [Section("A", 0, 1), Section(null, 1, 1)]);

        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));

        Assert.Contains("Title of list section 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_without_rows_is_refused()
    {
        var reply = new ListReply("Body", "Open", [Section("A", 0, 1), new ListSection("B", [])]);

        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));
    }

    [Fact]
    public void Ids_over_their_limit_are_refused_rather_than_shortened()
    {
        var rowReply = new ListReply("Body", "Open", [new ListSection(null, [new ListRow(new string('r', WhatsAppLimits.RowId + 1), "A")])]);
        var buttonReply = new ButtonsReply("Body", [new ReplyButton(new string('b', WhatsAppLimits.ButtonId + 1), "A")]);

        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, rowReply));
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, buttonReply));
        Assert.NotEmpty(WhatsAppRenderer.Render(Phone, new ButtonsReply("Body", [new ReplyButton(new string('b', WhatsAppLimits.ButtonId), "A")])));
    }

    [Theory]
    [InlineData("documents/1.pdf")]
    [InlineData("ftp://x.example/1.pdf")]
    public void A_document_link_must_be_an_absolute_web_url(string link)
    {
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new DocumentReply(link, "1.pdf", null)));
    }

    private static ListSection Section(string? title, int firstRow, int rows) =>
        new(title, Enumerable.Range(firstRow, rows).Select(i => new ListRow($"row:{i}", $"Row {i}")).ToList());
}
