using System.Text.Json;
using ManaMitra.Conversations.Forms;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

public class WhatsAppRendererTests
{
    private const string Phone = "919876543210";

    [Fact]
    public void Text_is_compact_json_with_telugu_unescaped()
    {
        var json = WhatsAppRenderer.Render(Phone, new TextReply("నమస్కారం! Welcome"));

        Assert.Equal(
            """{"messaging_product":"whatsapp","recipient_type":"individual","to":"919876543210","type":"text","text":{"body":"నమస్కారం! Welcome"}}""",
            json);
    }

    [Fact]
    public void Buttons_render_as_interactive_reply_buttons_with_header_and_footer()
    {
        var reply = new ButtonsReply("Choose a language", [new ReplyButton("lang:te", "తెలుగు"), new ReplyButton("lang:en", "English")])
        {
            Header = "ManaMitra",
            Footer = "Government of Andhra Pradesh",
        };

        using var doc = Parse(WhatsAppRenderer.Render(Phone, reply));
        var root = doc.RootElement;

        AssertEnvelope(root, "interactive");
        var interactive = root.GetProperty("interactive");
        Assert.Equal("button", interactive.GetProperty("type").GetString());
        Assert.Equal("text", interactive.GetProperty("header").GetProperty("type").GetString());
        Assert.Equal("ManaMitra", interactive.GetProperty("header").GetProperty("text").GetString());
        Assert.Equal("Choose a language", interactive.GetProperty("body").GetProperty("text").GetString());
        Assert.Equal("Government of Andhra Pradesh", interactive.GetProperty("footer").GetProperty("text").GetString());
        var buttons = interactive.GetProperty("action").GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal(2, buttons.Count);
        Assert.All(buttons, b => Assert.Equal("reply", b.GetProperty("type").GetString()));
        Assert.Equal("lang:te", buttons[0].GetProperty("reply").GetProperty("id").GetString());
        Assert.Equal("తెలుగు", buttons[0].GetProperty("reply").GetProperty("title").GetString());
        Assert.Equal("lang:en", buttons[1].GetProperty("reply").GetProperty("id").GetString());
        Assert.Equal("English", buttons[1].GetProperty("reply").GetProperty("title").GetString());
        Assert.Empty(WhatsAppLimits.Violations(root));
    }

    [Fact]
    public void Header_and_footer_are_left_out_when_not_given()
    {
        using var doc = Parse(WhatsAppRenderer.Render(Phone, new ButtonsReply("Continue?", [new ReplyButton("yes", "Yes")])));
        var interactive = doc.RootElement.GetProperty("interactive");

        Assert.False(interactive.TryGetProperty("header", out _));
        Assert.False(interactive.TryGetProperty("footer", out _));
    }

    [Fact]
    public void List_renders_button_sections_and_rows_with_descriptions()
    {
        var reply = new ListReply(
            "Which department?",
            "Departments",
            [
                new ListSection("Revenue", [new ListRow("dept:revenue", "Revenue", "Caste, income certificates"), new ListRow("dept:land", "Land records")]),
                new ListSection("Transport", [new ListRow("dept:apsrtc", "APSRTC", "Bus tickets")]),
            ])
        {
            Header = "విభాగాలు",
            Footer = "Reply 0 for the menu",
        };

        using var doc = Parse(WhatsAppRenderer.Render(Phone, reply));
        var root = doc.RootElement;

        AssertEnvelope(root, "interactive");
        var interactive = root.GetProperty("interactive");
        Assert.Equal("list", interactive.GetProperty("type").GetString());
        Assert.Equal("విభాగాలు", interactive.GetProperty("header").GetProperty("text").GetString());
        Assert.Equal("Which department?", interactive.GetProperty("body").GetProperty("text").GetString());
        Assert.Equal("Reply 0 for the menu", interactive.GetProperty("footer").GetProperty("text").GetString());
        var action = interactive.GetProperty("action");
        Assert.Equal("Departments", action.GetProperty("button").GetString());
        var sections = action.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["Revenue", "Transport"], sections.Select(s => s.GetProperty("title").GetString()));
        var first = sections[0].GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("dept:revenue", first[0].GetProperty("id").GetString());
        Assert.Equal("Revenue", first[0].GetProperty("title").GetString());
        Assert.Equal("Caste, income certificates", first[0].GetProperty("description").GetString());
        Assert.Equal("dept:land", first[1].GetProperty("id").GetString());
        Assert.False(first[1].TryGetProperty("description", out _));
        Assert.Equal("dept:apsrtc", sections[1].GetProperty("rows")[0].GetProperty("id").GetString());
        Assert.Empty(WhatsAppLimits.Violations(root));
    }

    [Fact]
    public void A_single_section_may_go_without_a_title()
    {
        var reply = new ListReply("Pick one", "Options", [new ListSection(null, [new ListRow("a", "A")])]);

        using var doc = Parse(WhatsAppRenderer.Render(Phone, reply));
        var section = doc.RootElement.GetProperty("interactive").GetProperty("action").GetProperty("sections")[0];

        Assert.False(section.TryGetProperty("title", out _));
        Assert.Empty(WhatsAppLimits.Violations(doc.RootElement));
    }

    [Fact]
    public void Document_renders_link_filename_and_caption()
    {
        var reply = new DocumentReply("https://manamitra.example/documents/CERT-1?token=abc", "caste-certificate.pdf", "మీ కుల ధృవీకరణ పత్రం");

        using var doc = Parse(WhatsAppRenderer.Render(Phone, reply));
        var root = doc.RootElement;

        AssertEnvelope(root, "document");
        var document = root.GetProperty("document");
        Assert.Equal("https://manamitra.example/documents/CERT-1?token=abc", document.GetProperty("link").GetString());
        Assert.Equal("caste-certificate.pdf", document.GetProperty("filename").GetString());
        Assert.Equal("మీ కుల ధృవీకరణ పత్రం", document.GetProperty("caption").GetString());
        Assert.Empty(WhatsAppLimits.Violations(root));
    }

    [Fact]
    public void Document_without_caption_leaves_it_out()
    {
        using var doc = Parse(WhatsAppRenderer.Render(Phone, new DocumentReply("https://x.example/d.pdf", "d.pdf", null)));

        Assert.False(doc.RootElement.GetProperty("document").TryGetProperty("caption", out _));
    }

    [Fact]
    public void Mark_as_read_is_the_status_body()
    {
        Assert.Equal(
            """{"messaging_product":"whatsapp","status":"read","message_id":"wamid.HBgM"}""",
            WhatsAppRenderer.MarkAsRead("wamid.HBgM"));
    }

    [Fact]
    public void A_business_scoped_user_id_is_addressed_in_recipient_instead_of_to()
    {
        using var doc = Parse(WhatsAppRenderer.Render("IN.1648738043044942", new TextReply("hi")));

        Assert.Equal("IN.1648738043044942", doc.RootElement.GetProperty("recipient").GetString());
        Assert.False(doc.RootElement.TryGetProperty("to", out _));
        Assert.Empty(WhatsAppLimits.Violations(doc.RootElement));
    }

    [Fact]
    public void Long_text_is_shortened_to_the_text_limit()
    {
        var body = string.Concat(Enumerable.Repeat(TextSamples.CasteCertificate + " ", 300));

        var sent = Body(WhatsAppRenderer.Render(Phone, new TextReply(body)), "text", "body");

        Assert.True(sent.Length <= WhatsAppLimits.TextBody);
        Assert.EndsWith("…", sent, StringComparison.Ordinal);
        Assert.StartsWith(sent[..^1], body, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_list_text_is_shortened_to_its_own_limit()
    {
        var longEnglish = "Integrated certificate for caste, nativity and date of birth, issued by the Tahsildar";
        var longTelugu = string.Concat(Enumerable.Repeat(TextSamples.Stree + " " + TextSamples.Kssa + "మం ", 30));
        var longEmoji = string.Concat(Enumerable.Repeat(TextSamples.Family + TextSamples.IndiaFlag, 300));
        var reply = new ListReply(longEmoji, longTelugu, [new ListSection(longEnglish, [new ListRow("r1", longTelugu, longEnglish + longEnglish)])])
        {
            Header = longEnglish,
            Footer = longTelugu,
        };

        using var doc = Parse(WhatsAppRenderer.Render(Phone, reply));
        var interactive = doc.RootElement.GetProperty("interactive");
        var section = interactive.GetProperty("action").GetProperty("sections")[0];
        var row = section.GetProperty("rows")[0];

        AssertFitted(longEmoji, interactive.GetProperty("body").GetProperty("text").GetString()!, WhatsAppLimits.InteractiveBody);
        AssertFitted(longTelugu, interactive.GetProperty("action").GetProperty("button").GetString()!, WhatsAppLimits.ListButton);
        AssertFitted(longEnglish, interactive.GetProperty("header").GetProperty("text").GetString()!, WhatsAppLimits.HeaderText);
        AssertFitted(longTelugu, interactive.GetProperty("footer").GetProperty("text").GetString()!, WhatsAppLimits.Footer);
        AssertFitted(longEnglish, section.GetProperty("title").GetString()!, WhatsAppLimits.SectionTitle);
        AssertFitted(longTelugu, row.GetProperty("title").GetString()!, WhatsAppLimits.RowTitle);
        AssertFitted(longEnglish + longEnglish, row.GetProperty("description").GetString()!, WhatsAppLimits.RowDescription);
        Assert.Empty(WhatsAppLimits.Violations(doc.RootElement));
    }

    [Fact]
    public void Button_titles_and_document_captions_are_shortened_too()
    {
        var buttons = new ButtonsReply("Body", [new ReplyButton("a", "Download your hall ticket"), new ReplyButton("b", TextSamples.CasteCertificate + " కాపీ")]);
        var document = new DocumentReply("https://x.example/d.pdf", "d.pdf", string.Concat(Enumerable.Repeat(TextSamples.Family, 200)));

        using var buttonsDoc = Parse(WhatsAppRenderer.Render(Phone, buttons));
        using var documentDoc = Parse(WhatsAppRenderer.Render(Phone, document));
        var rendered = buttonsDoc.RootElement.GetProperty("interactive").GetProperty("action").GetProperty("buttons");

        Assert.Equal("Download your hall…", rendered[0].GetProperty("reply").GetProperty("title").GetString());
        Assert.Equal(TextSamples.CasteCertificate + "…", rendered[1].GetProperty("reply").GetProperty("title").GetString());
        AssertFitted(document.Caption!, documentDoc.RootElement.GetProperty("document").GetProperty("caption").GetString()!, WhatsAppLimits.DocumentCaption);
    }

    private static void AssertFitted(string original, string sent, int limit)
    {
        Assert.True(sent.Length <= limit, $"{sent.Length} > {limit}: {sent}");
        Assert.EndsWith("…", sent, StringComparison.Ordinal);
        var prefix = sent[..^1];
        Assert.StartsWith(prefix, original, StringComparison.Ordinal);
        Assert.Contains(prefix.Length, TextSamples.ClusterBoundaries(original));
        Assert.False(TextSamples.EndsInJoiner(prefix));
    }

    private static void AssertEnvelope(JsonElement root, string type)
    {
        Assert.Equal("whatsapp", root.GetProperty("messaging_product").GetString());
        Assert.Equal("individual", root.GetProperty("recipient_type").GetString());
        Assert.Equal(Phone, root.GetProperty("to").GetString());
        Assert.Equal(type, root.GetProperty("type").GetString());
    }

    private static string Body(string json, string kind, string field)
    {
        using var doc = Parse(json);
        return doc.RootElement.GetProperty(kind).GetProperty(field).GetString()!;
    }

    private static JsonDocument Parse(string json) => JsonDocument.Parse(json);
}
