using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ManaMitra.WhatsApp.Messages;

public static partial class WhatsAppRenderer
{
    [GeneratedRegex("^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateNameShape();

    /// <summary>Whether Meta would accept <paramref name="name"/> as a template's name.</summary>
    public static bool IsTemplateName(string name) => name.Length <= WhatsAppLimits.TemplateName && TemplateNameShape().IsMatch(name);

    /// <summary>
    /// A parameter as Meta accepts it: it refuses newlines, tabs and more than four spaces in a row, so every run of
    /// whitespace becomes one space. A multi-line department message reads as one line, which is all a parameter can be.
    /// </summary>
    public static string TemplateParameter(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        return line.ToString();
    }

    private static void WriteTemplate(Utf8JsonWriter writer, TemplateReply reply)
    {
        if (reply.Name is null || !IsTemplateName(reply.Name))
        {
            throw new ArgumentException(
                $"Template name \"{reply.Name}\" must be lowercase letters, digits and underscores, at most {WhatsAppLimits.TemplateName}.", ReplyParameter);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reply.LanguageCode, ReplyParameter);
        ArgumentNullException.ThrowIfNull(reply.BodyParameters, ReplyParameter);
        ArgumentNullException.ThrowIfNull(reply.ButtonPayloads, ReplyParameter);
        if (reply.ButtonPayloads.Count > WhatsAppLimits.TemplateButtons)
        {
            throw new ArgumentException($"A template has at most {WhatsAppLimits.TemplateButtons} buttons, got {reply.ButtonPayloads.Count}.", ReplyParameter);
        }

        // Meta refuses an empty parameter; an empty one is a value the caller failed to find, not something to hide.
        var parameters = reply.BodyParameters
            .Select((text, index) => TemplateParameter(text ?? string.Empty) is { Length: > 0 } line
                ? line
                : throw new ArgumentException($"Parameter {{{{{index + 1}}}}} of template {reply.Name} is empty.", ReplyParameter))
            .ToList();

        writer.WriteString("type", "template");
        writer.WriteStartObject("template");
        writer.WriteString("name", reply.Name);
        writer.WriteStartObject("language");
        writer.WriteString("code", reply.LanguageCode);
        writer.WriteEndObject();
        writer.WriteStartArray("components");
        if (parameters.Count > 0)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "body");
            writer.WriteStartArray("parameters");
            foreach (var parameter in parameters)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "text");
                writer.WriteString("text", parameter);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        for (var index = 0; index < reply.ButtonPayloads.Count; index++)
        {
            // Without a payload Meta sends back the button's text, which no reply id of the conversation matches.
            var payload = Id(reply.ButtonPayloads[index], WhatsAppLimits.ButtonId, $"Payload of template button {index}");
            writer.WriteStartObject();
            writer.WriteString("type", "button");
            writer.WriteString("sub_type", "quick_reply");
            writer.WriteString("index", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteStartArray("parameters");
            writer.WriteStartObject();
            writer.WriteString("type", "payload");
            writer.WriteString("payload", payload);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
