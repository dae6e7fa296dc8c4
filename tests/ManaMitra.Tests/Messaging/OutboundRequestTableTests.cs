using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

/// <summary>
/// The exact body <see cref="WhatsAppRenderer"/> sends for every kind of outbound message, against a file in
/// <c>testdata/cloudapi/requests</c> written from Meta's message reference, not from the renderer's output. The files
/// are indented for reading; only the whitespace between tokens is ignored, so property order, escaping and every
/// value must match.
/// </summary>
public sealed class OutboundRequestTableTests
{
    private const string Lakshmi = "919848012345";
    private const string LakshmiUserId = "IN.1648738043044942";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "testdata", "cloudapi", "requests");

    // Telugu stays as UTF-8 in the expected compact form, as the renderer writes it (it would be six times larger escaped).
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly IReadOnlyDictionary<string, Func<string>> Table = new Dictionary<string, Func<string>>
    {
        ["text.json"] = () => WhatsAppRenderer.Render(Lakshmi, new TextReply("మీ కుల ధ్రువీకరణ పత్రం దరఖాస్తు RV-2024-00042 ఆమోదించబడింది.")),
        ["text_business_scoped_user_id.json"] = () =>
            WhatsAppRenderer.Render(LakshmiUserId, new TextReply("Your caste certificate application RV-2024-00042 is approved.")),
        ["buttons.json"] = () => WhatsAppRenderer.Render(
            Lakshmi,
            new ButtonsReply("భాషను ఎంచుకోండి / Choose your language", [new ReplyButton("lang:te", "తెలుగు"), new ReplyButton("lang:en", "English")])
            {
                Header = "ManaMitra",
                Footer = "Government of Andhra Pradesh",
            }),
        ["list.json"] = () => WhatsAppRenderer.Render(
            Lakshmi,
            new ListReply(
                "Which certificate do you need?",
                "Certificates",
                [
                    new ListSection(
                        "Certificates",
                        [
                            new ListRow("svc:revenue.caste-certificate", "Caste certificate", "Issued by the Tahsildar within 30 days"),
                            new ListRow("svc:revenue.income-certificate", "Income certificate"),
                        ]),
                    new ListSection("More", [new ListRow("nav:back", "Back")]),
                ])
            {
                Header = "Revenue Department",
                Footer = "Reply \"back\" for the main menu",
            }),
        ["list_one_section.json"] = () => WhatsAppRenderer.Render(
            Lakshmi,
            new ListReply(
                "Choose a department",
                "Departments",
                [new ListSection(null, [new ListRow("dept:revenue", "Revenue"), new ListRow("dept:municipal", "Municipal administration")])])),
        // The "Pay" button that opens the payment page (display_text ≤ 20, body ≤ 1024).
        ["cta_url.json"] = () => WhatsAppRenderer.Render(
            Lakshmi,
            new UrlButtonReply(
                "₹196.55 is due for Electricity bill (1123456789012). Tap Pay to pay with UPI.",
                "Pay ₹196.55",
                "https://manamitra.example.in/pay/order_4f2a9c1e7b3d5a")),
        ["cta_url_header_footer_telugu.json"] = () => WhatsAppRenderer.Render(
            Lakshmi,
            new UrlButtonReply("విద్యుత్ బిల్లు కోసం ₹1,20,000 బకాయి ఉంది.", "₹1,20,000 చెల్లించు", "https://manamitra.example.in/pay/order_9d8c7b6a5f4e3d")
            {
                Header = "ManaMitra",
                Footer = "Government of Andhra Pradesh",
            }),
        // WhatsApp Payments' own bill (reference_id ≤ 35 of [A-Za-z0-9_.-], item name ≤ 60, amounts in paise with offset 100).
        ["order_details.json"] = () => WhatsAppRenderer.Render(
            Lakshmi,
            new OrderDetailsReply(
                "₹196.55 is due for Electricity bill (1123456789012).",
                "ENE-PAY-2026-000001",
                "manamitra-razorpay",
                [new OrderItem("electricity-bill", "Electricity bill", 19655)])),
        ["document.json"] = () => WhatsAppRenderer.Render(
            Lakshmi,
            new DocumentReply("https://manamitra.example.in/documents/RV-2024-00042.pdf", "caste-certificate-RV-2024-00042.pdf", "Your caste certificate")),
        // The note arrives as an official typed it, over two lines; Meta refuses a parameter with a newline or a tab.
        ["template.json"] = () => WhatsAppRenderer.Render(
            Lakshmi,
            new TemplateReply("application_returned", "te", ["RV-2024-00042", "కుల ధ్రువీకరణ పత్రం", "Upload a clear photo\n\tof the ration card.     Thank you"])
            {
                ButtonPayloads = ["nav:menu"],
            }),
        ["template_business_scoped_user_id.json"] = () =>
            WhatsAppRenderer.Render(LakshmiUserId, new TemplateReply("application_approved", "en", ["RV-2024-00042", "Caste certificate"])),
        ["template_without_parameters.json"] = () =>
            WhatsAppRenderer.Render(Lakshmi, new TemplateReply("hello_world", "en", []) { ButtonPayloads = ["menu:documents", "nav:menu"] }),
        ["mark_as_read.json"] = () => WhatsAppRenderer.MarkAsRead("wamid.HBgMOTE5ODQ4MDEyMzQ1FQIAEhggQTFCNUY0RTcxRDQ5NjJBMkUzAA=="),
    };

    public static TheoryData<string> Files() => new(Table.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_kind_renders_exactly_the_body_its_file_holds(string file)
    {
        var expected = Compacted(File.ReadAllBytes(Path.Combine(Folder, file)));

        var rendered = Table[file]();

        Assert.Equal(expected, rendered);
        using var body = JsonDocument.Parse(rendered);
        Assert.Empty(WhatsAppLimits.Violations(body.RootElement));
    }

    [Fact]
    public void Every_expected_body_has_a_case()
    {
        var files = Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

        Assert.Equal(Table.Keys.Order(StringComparer.Ordinal), files);
    }

    /// <summary>The file's JSON without the indentation, in the file's own property order.</summary>
    private static string Compacted(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
