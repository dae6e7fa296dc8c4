using System.Text.Json;

namespace ManaMitra.WhatsApp.Messages;

public static partial class WhatsAppLimits
{
    private static void CheckTemplate(JsonElement? template, List<string> found)
    {
        if (template is not { } element)
        {
            return;
        }

        if (Text(element, "name") is not { } name || !WhatsAppRenderer.IsTemplateName(name))
        {
            found.Add($"$.template.name: must be lowercase letters, digits and underscores, at most {TemplateName}");
        }

        CheckText(Object(element, "language", "$.template", found), "$.template.language", "code", int.MaxValue, required: true, found);
        var components = Array(element, "components", "$.template", found);
        var buttons = 0;
        for (var c = 0; c < components.Count; c++)
        {
            var path = $"$.template.components[{c}]";
            var parameters = Array(components[c], "parameters", path, found);
            switch (Text(components[c], "type"))
            {
                case "body":
                    for (var p = 0; p < parameters.Count; p++)
                    {
                        CheckParameter(parameters[p], $"{path}.parameters[{p}]", found);
                    }

                    break;
                case "button":
                    buttons++;
                    if (Text(components[c], "sub_type") != "quick_reply" || Text(components[c], "index") is null)
                    {
                        found.Add($"{path}: a button needs sub_type \"quick_reply\" and its index as a string");
                    }

                    break;
                default:
                    found.Add($"{path}.type: must be \"body\" or \"button\"");
                    break;
            }
        }

        if (buttons > TemplateButtons)
        {
            found.Add($"$.template.components: {buttons} buttons, at most {TemplateButtons}");
        }
    }

    /// <summary>Meta refuses a parameter holding a newline or a tab, or more than four spaces in a row.</summary>
    private static void CheckParameter(JsonElement parameter, string path, List<string> found)
    {
        if (Text(parameter, "type") != "text")
        {
            found.Add($"{path}.type: must be \"text\"");
        }

        if (CheckText(parameter, path, "text", int.MaxValue, required: true, found) is { } text
            && (text.Contains('\n') || text.Contains('\r') || text.Contains('\t') || text.Contains("     ", StringComparison.Ordinal)))
        {
            found.Add($"{path}.text: holds a newline, a tab or more than four spaces in a row");
        }
    }
}
