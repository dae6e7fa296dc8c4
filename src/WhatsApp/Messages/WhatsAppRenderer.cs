using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ManaMitra.WhatsApp.Messages;

/// <summary>
/// The one place that turns a <see cref="Reply"/> into the JSON body of Meta's Cloud API
/// <c>POST /{version}/{phone-number-id}/messages</c>. It never returns a body that breaks a
/// <see cref="WhatsAppLimits">limit</see>: text that is too long is shortened with <see cref="WhatsAppText.Fit"/>;
/// anything that cannot be shortened without changing meaning (too many rows or buttons, ids too long or repeated,
/// empty required text) is the caller's bug and throws <see cref="ArgumentException"/>. Pagination is the caller's.
/// </summary>
public static partial class WhatsAppRenderer
{
    private const string ReplyParameter = "reply";

    // The default encoder escapes every non-ASCII character, which makes a Telugu message six times larger on
    // the wire. The body goes to an API, never into HTML, so the HTML-safety escaping buys nothing here.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The send body for <paramref name="reply"/> to <paramref name="recipientId"/>: a phone number (wa_id) goes
    /// in <c>to</c>, a business-scoped user id in <c>recipient</c> (see <see cref="WhatsAppRecipient"/>).
    /// </summary>
    public static string Render(string recipientId, Reply reply)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        ArgumentNullException.ThrowIfNull(reply);
        return Write(writer =>
        {
            writer.WriteString("messaging_product", "whatsapp");
            writer.WriteString("recipient_type", "individual");
            writer.WriteString(WhatsAppRecipient.FieldFor(recipientId), recipientId);
            switch (reply)
            {
                case TextReply text:
                    WriteText(writer, text);
                    break;
                case ButtonsReply buttons:
                    WriteButtons(writer, buttons);
                    break;
                case ListReply list:
                    WriteList(writer, list);
                    break;
                case UrlButtonReply urlButton:
                    WriteUrlButton(writer, urlButton);
                    break;
                case OrderDetailsReply order:
                    WriteOrderDetails(writer, order);
                    break;
                case DocumentReply document:
                    WriteDocument(writer, document);
                    break;
                case TemplateReply template:
                    WriteTemplate(writer, template);
                    break;
                default:
                    throw new ArgumentException($"No WhatsApp rendering for {reply.GetType().Name}.", ReplyParameter);
            }
        });
    }

    /// <summary>The body that marks an inbound message read (blue ticks) through the same endpoint.</summary>
    public static string MarkAsRead(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        return Write(writer =>
        {
            writer.WriteString("messaging_product", "whatsapp");
            writer.WriteString("status", "read");
            writer.WriteString("message_id", messageId);
        });
    }

    private static void WriteText(Utf8JsonWriter writer, TextReply reply)
    {
        var body = Required(reply.Body, WhatsAppLimits.TextBody, "Text body");
        writer.WriteString("type", "text");
        writer.WriteStartObject("text");
        writer.WriteString("body", body);
        writer.WriteEndObject();
    }

    private static void WriteButtons(Utf8JsonWriter writer, ButtonsReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply.Buttons, ReplyParameter);
        if (reply.Buttons.Count is < WhatsAppLimits.MinButtons or > WhatsAppLimits.MaxButtons)
        {
            throw new ArgumentException(
                $"A buttons reply needs {WhatsAppLimits.MinButtons} to {WhatsAppLimits.MaxButtons} buttons, got {reply.Buttons.Count}; use a list for more choices.",
                ReplyParameter);
        }

        var body = Required(reply.Body, WhatsAppLimits.InteractiveBody, "Buttons body");
        var ids = new UniqueValues("button id");
        var titles = new UniqueValues("button title");
        var buttons = reply.Buttons
            .Select(button => (
                Id: ids.Add(Id(button.Id, WhatsAppLimits.ButtonId, "Button id")),
                Title: titles.Add(Required(button.Title, WhatsAppLimits.ButtonTitle, $"Title of button {button.Id}"))))
            .ToList();

        WriteInteractiveStart(writer, "button", reply.Header, body, reply.Footer);
        writer.WriteStartObject("action");
        writer.WriteStartArray("buttons");
        foreach (var (id, title) in buttons)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "reply");
            writer.WriteStartObject("reply");
            writer.WriteString("id", id);
            writer.WriteString("title", title);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, ListReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply.Sections, ReplyParameter);
        if (reply.Sections.Count is < 1 or > WhatsAppLimits.ListSections)
        {
            throw new ArgumentException(
                $"A list needs 1 to {WhatsAppLimits.ListSections} sections, got {reply.Sections.Count}.", ReplyParameter);
        }

        var rowCount = reply.Sections.Sum(section => section.Rows.Count);
        if (rowCount > WhatsAppLimits.ListRows)
        {
            throw new ArgumentException(
                $"A list holds at most {WhatsAppLimits.ListRows} rows across all its sections, got {rowCount}; the caller paginates (e.g. with a \"More\" row).",
                ReplyParameter);
        }

        var body = Required(reply.Body, WhatsAppLimits.InteractiveBody, "List body");
        var button = Required(reply.ButtonLabel, WhatsAppLimits.ListButton, "List button label");
        var rowIds = new UniqueValues("row id");
        var sections = reply.Sections.Select((section, index) => Section(section, index, reply.Sections.Count, rowIds)).ToList();

        WriteInteractiveStart(writer, "list", reply.Header, body, reply.Footer);
        writer.WriteStartObject("action");
        writer.WriteString("button", button);
        writer.WriteStartArray("sections");
        foreach (var (title, rows) in sections)
        {
            writer.WriteStartObject();
            if (title is not null)
            {
                writer.WriteString("title", title);
            }

            writer.WriteStartArray("rows");
            foreach (var (id, rowTitle, description) in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("title", rowTitle);
                if (description is not null)
                {
                    writer.WriteString("description", description);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static (string? Title, List<(string Id, string Title, string? Description)> Rows) Section(
        ListSection section, int index, int sectionCount, UniqueValues rowIds)
    {
        if (section.Rows.Count == 0)
        {
            throw new ArgumentException($"List section {index} has no rows.", ReplyParameter);
        }

        // Meta requires section titles only when there is more than one section to tell apart.
        var title = sectionCount > 1
            ? Required(section.Title, WhatsAppLimits.SectionTitle, $"Title of list section {index}")
            : Optional(section.Title, WhatsAppLimits.SectionTitle);
        var rows = section.Rows
            .Select(row => (
                Id: rowIds.Add(Id(row.Id, WhatsAppLimits.RowId, "Row id")),
                Title: Required(row.Title, WhatsAppLimits.RowTitle, $"Title of row {row.Id}"),
                Description: Optional(row.Description, WhatsAppLimits.RowDescription)))
            .ToList();
        return (title, rows);
    }

    private static void WriteUrlButton(Utf8JsonWriter writer, UrlButtonReply reply)
    {
        var body = Required(reply.Body, WhatsAppLimits.InteractiveBody, "URL button body");
        var displayText = Required(reply.DisplayText, WhatsAppLimits.CtaDisplayText, "URL button text");
        var url = WebLink(reply.Url, "URL button link");
        WriteInteractiveStart(writer, "cta_url", reply.Header, body, reply.Footer);
        writer.WriteStartObject("action");
        writer.WriteString("name", "cta_url");
        writer.WriteStartObject("parameters");
        writer.WriteString("display_text", displayText);
        writer.WriteString("url", url);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter writer, DocumentReply reply)
    {
        WebLink(reply.Link, "Document link");

        if (string.IsNullOrWhiteSpace(reply.FileName))
        {
            throw new ArgumentException("Document file name is empty.", ReplyParameter);
        }

        var caption = Optional(reply.Caption, WhatsAppLimits.DocumentCaption);
        writer.WriteString("type", "document");
        writer.WriteStartObject("document");
        writer.WriteString("link", reply.Link);
        writer.WriteString("filename", reply.FileName);
        if (caption is not null)
        {
            writer.WriteString("caption", caption);
        }

        writer.WriteEndObject();
    }

    /// <summary>Opens <c>interactive</c> and writes what the interactive kinds share; the caller closes it.</summary>
    private static void WriteInteractiveStart(Utf8JsonWriter writer, string kind, string? header, string body, string? footer)
    {
        var headerText = Optional(header, WhatsAppLimits.HeaderText);
        var footerText = Optional(footer, WhatsAppLimits.Footer);
        writer.WriteString("type", "interactive");
        writer.WriteStartObject("interactive");
        writer.WriteString("type", kind);
        if (headerText is not null)
        {
            writer.WriteStartObject("header");
            writer.WriteString("type", "text");
            writer.WriteString("text", headerText);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("body");
        writer.WriteString("text", body);
        writer.WriteEndObject();
        if (footerText is not null)
        {
            writer.WriteStartObject("footer");
            writer.WriteString("text", footerText);
            writer.WriteEndObject();
        }
    }

    /// <summary>A link the citizen's phone opens: an absolute http(s) URL, or the caller's bug.</summary>
    private static string WebLink(string? url, string what) =>
        Uri.TryCreate(url, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new ArgumentException($"{what} must be an absolute http(s) URL, got \"{url}\".", ReplyParameter);

    private static string Required(string? text, int maxLength, string what) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new ArgumentException($"{what} is empty.", ReplyParameter)
            : WhatsAppText.Fit(text, maxLength);

    /// <summary>Optional parts left blank are simply not sent: Meta rejects an empty header or footer.</summary>
    private static string? Optional(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? null : WhatsAppText.Fit(text, maxLength);

    /// <summary>Ids come back in the citizen's reply and are matched exactly, so shortening one would be a silent bug.</summary>
    private static string Id(string? id, int maxLength, string what)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"{what} is empty.", ReplyParameter);
        }

        return WhatsAppText.Length(id) <= maxLength
            ? id
            : throw new ArgumentException($"{what} \"{id}\" is {WhatsAppText.Length(id)} characters, at most {maxLength}.", ReplyParameter);
    }

    private static string Write(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Meta rejects a message whose ids or button titles repeat; shortening can make two titles equal.</summary>
    private sealed class UniqueValues(string what)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public string Add(string value) =>
            _seen.Add(value)
                ? value
                : throw new ArgumentException($"Duplicate {what} \"{value}\" in one message.", ReplyParameter);
    }
}
