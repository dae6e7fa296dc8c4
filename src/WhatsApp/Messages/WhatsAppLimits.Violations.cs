using System.Text.Json;

namespace ManaMitra.WhatsApp.Messages;

public static partial class WhatsAppLimits
{
    /// <summary>
    /// Every way a Cloud API <c>/messages</c> body breaks Meta's shape or limits, one line each naming the JSON
    /// path (empty when the body is fine). It reads the JSON rather than the <see cref="Reply"/>, so it checks
    /// what would actually be sent, whoever produced it.
    /// </summary>
    public static IReadOnlyList<string> Violations(JsonElement body)
    {
        var found = new List<string>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            found.Add("$: not a JSON object");
            return found;
        }

        if (Text(body, "messaging_product") != "whatsapp")
        {
            found.Add("$.messaging_product: must be \"whatsapp\"");
        }

        if (body.TryGetProperty("status", out _))
        {
            CheckReadReceipt(body, found);
            return found;
        }

        if (Text(body, "to") is null && Text(body, "recipient") is null)
        {
            found.Add("$: needs a non-empty \"to\" (phone number) or \"recipient\" (business-scoped user id)");
        }

        switch (Text(body, "type"))
        {
            case "text":
                CheckText(Object(body, "text", "$", found), "$.text", "body", TextBody, required: true, found);
                break;
            case "interactive":
                CheckInteractive(Object(body, "interactive", "$", found), found);
                break;
            case "document":
                CheckDocument(Object(body, "document", "$", found), found);
                break;
            case "template":
                CheckTemplate(Object(body, "template", "$", found), found);
                break;
            default:
                found.Add("$.type: must be \"text\", \"interactive\", \"document\" or \"template\"");
                break;
        }

        return found;
    }

    private static void CheckReadReceipt(JsonElement body, List<string> found)
    {
        if (Text(body, "status") != "read")
        {
            found.Add("$.status: must be \"read\"");
        }

        if (Text(body, "message_id") is null)
        {
            found.Add("$.message_id: missing");
        }
    }

    private static void CheckInteractive(JsonElement? interactive, List<string> found)
    {
        if (interactive is not { } element)
        {
            return;
        }

        CheckText(Object(element, "body", "$.interactive", found), "$.interactive.body", "text", InteractiveBody, required: true, found);
        if (element.TryGetProperty("header", out var header))
        {
            if (Text(header, "type") != "text")
            {
                found.Add("$.interactive.header.type: must be \"text\"");
            }

            CheckText(header, "$.interactive.header", "text", HeaderText, required: true, found);
        }

        if (element.TryGetProperty("footer", out var footer))
        {
            CheckText(footer, "$.interactive.footer", "text", Footer, required: true, found);
        }

        var action = Object(element, "action", "$.interactive", found);
        switch (Text(element, "type"))
        {
            case "list":
                CheckList(action, found);
                break;
            case "button":
                CheckButtons(action, found);
                break;
            case "cta_url":
                CheckUrlButton(action, found);
                break;
            case "order_details":
                CheckOrderDetails(action, found);
                break;
            default:
                found.Add("$.interactive.type: must be \"list\", \"button\", \"cta_url\" or \"order_details\"");
                break;
        }
    }

    private static void CheckUrlButton(JsonElement? action, List<string> found)
    {
        if (action is not { } element)
        {
            return;
        }

        if (Text(element, "name") != "cta_url")
        {
            found.Add("$.interactive.action.name: must be \"cta_url\"");
        }

        if (Object(element, "parameters", "$.interactive.action", found) is not { } parameters)
        {
            return;
        }

        CheckText(parameters, "$.interactive.action.parameters", "display_text", CtaDisplayText, required: true, found);
        if (!Uri.TryCreate(Text(parameters, "url"), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            found.Add("$.interactive.action.parameters.url: must be an absolute http(s) URL");
        }
    }

    private static void CheckList(JsonElement? action, List<string> found)
    {
        if (action is not { } element)
        {
            return;
        }

        CheckText(element, "$.interactive.action", "button", ListButton, required: true, found);
        var sections = Array(element, "sections", "$.interactive.action", found);
        if (sections.Count is < 1 or > ListSections)
        {
            found.Add($"$.interactive.action.sections: {sections.Count} sections, must be 1 to {ListSections}");
        }

        var rowIds = new HashSet<string>(StringComparer.Ordinal);
        var rowCount = 0;
        for (var s = 0; s < sections.Count; s++)
        {
            var path = $"$.interactive.action.sections[{s}]";
            CheckText(sections[s], path, "title", SectionTitle, required: sections.Count > 1, found);
            var rows = Array(sections[s], "rows", path, found);
            if (rows.Count == 0)
            {
                found.Add($"{path}.rows: a section needs at least one row");
            }

            rowCount += rows.Count;
            for (var r = 0; r < rows.Count; r++)
            {
                var rowPath = $"{path}.rows[{r}]";
                CheckUnique(CheckText(rows[r], rowPath, "id", RowId, required: true, found), rowIds, $"{rowPath}.id", found);
                CheckText(rows[r], rowPath, "title", RowTitle, required: true, found);
                CheckText(rows[r], rowPath, "description", RowDescription, required: false, found);
            }
        }

        if (rowCount > ListRows)
        {
            found.Add($"$.interactive.action.sections: {rowCount} rows in all, at most {ListRows}");
        }
    }

    private static void CheckButtons(JsonElement? action, List<string> found)
    {
        if (action is not { } element)
        {
            return;
        }

        var buttons = Array(element, "buttons", "$.interactive.action", found);
        if (buttons.Count is < MinButtons or > MaxButtons)
        {
            found.Add($"$.interactive.action.buttons: {buttons.Count} buttons, must be {MinButtons} to {MaxButtons}");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < buttons.Count; b++)
        {
            var path = $"$.interactive.action.buttons[{b}]";
            if (Text(buttons[b], "type") != "reply")
            {
                found.Add($"{path}.type: must be \"reply\"");
            }

            if (Object(buttons[b], "reply", path, found) is { } reply)
            {
                CheckUnique(CheckText(reply, $"{path}.reply", "id", ButtonId, required: true, found), ids, $"{path}.reply.id", found);
                CheckUnique(CheckText(reply, $"{path}.reply", "title", ButtonTitle, required: true, found), titles, $"{path}.reply.title", found);
            }
        }
    }

    private static void CheckDocument(JsonElement? document, List<string> found)
    {
        if (document is not { } element)
        {
            return;
        }

        if (Text(element, "link") is not { } link
            || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            found.Add("$.document.link: must be an absolute http(s) URL");
        }

        // Meta documents no limit for the file name, only that it must be there to show the right extension.
        CheckText(element, "$.document", "filename", int.MaxValue, required: true, found);
        CheckText(element, "$.document", "caption", DocumentCaption, required: false, found);
    }

    /// <summary>Checks one string property and returns its value, so callers can also check it for uniqueness.</summary>
    private static string? CheckText(JsonElement? parent, string path, string name, int maxLength, bool required, List<string> found)
    {
        if (parent is not { ValueKind: JsonValueKind.Object } element || !element.TryGetProperty(name, out var value))
        {
            if (required)
            {
                found.Add($"{path}.{name}: missing");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            found.Add($"{path}.{name}: must be a string");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            found.Add($"{path}.{name}: empty");
        }
        else if (WhatsAppText.Length(text) > maxLength)
        {
            found.Add($"{path}.{name}: {WhatsAppText.Length(text)} characters, at most {maxLength}");
        }

        return text;
    }

    private static void CheckUnique(string? value, HashSet<string> seen, string path, List<string> found)
    {
        if (value is not null && !seen.Add(value))
        {
            found.Add($"{path}: \"{value}\" is not unique");
        }
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object
        && parent.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static JsonElement? Object(JsonElement parent, string name, string path, List<string> found)
    {
        if (parent.ValueKind == JsonValueKind.Object
            && parent.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        found.Add($"{path}.{name}: missing or not an object");
        return null;
    }

    private static List<JsonElement> Array(JsonElement parent, string name, string path, List<string> found)
    {
        if (parent.ValueKind == JsonValueKind.Object
            && parent.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().ToList();
        }

        found.Add($"{path}.{name}: missing or not an array");
        return [];
    }
}
