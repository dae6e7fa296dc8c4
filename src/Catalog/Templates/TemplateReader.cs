using System.Text.Json;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Catalog.Templates;

/// <summary>
/// Checks one template of <c>templates.json</c> against Meta's rules and makes it a <see cref="MessageTemplate"/>;
/// every defect is added to the shared list, prefixed with the file and entry (<c>templates[2] (document_ready)</c>).
/// </summary>
internal sealed class TemplateReader(string file, IReadOnlyList<Language> languages, List<string> errors)
{
    public MessageTemplate? Read(string entry, TemplateEntry? template)
    {
        if (template is null)
        {
            errors.Add($"{file}{entry} is null");
            return null;
        }

        var at = string.IsNullOrWhiteSpace(template.Name) ? $"{entry}: " : $"{entry} ({template.Name}): ";
        var before = errors.Count;
        Unknown(at, template.UnknownFields);
        Name(at, template.Name);
        if (template.Category is null)
        {
            errors.Add($"{file}{at}category is missing (\"{TemplateLoader.Category}\")");
        }
        else if (template.Category != TemplateLoader.Category)
        {
            errors.Add($"{file}{at}category \"{template.Category}\" is not supported: only \"{TemplateLoader.Category}\", messages about the citizen's own requests");
        }

        var parameters = Parameters(at, template.Parameters);
        var bodies = Texts(at, "body", template.Body, WhatsAppLimits.TemplateBody);
        foreach (var (language, body) in bodies)
        {
            foreach (var defect in TemplateBody.Defects(body, parameters.Count))
            {
                errors.Add($"{file}{at}body.{language} {defect}");
            }
        }

        var payloads = Buttons(at, template.Buttons, parameters);
        return errors.Count > before ? null : new MessageTemplate(template.Name!, parameters, bodies, payloads);
    }

    public void Unknown(string at, Dictionary<string, JsonElement>? fields)
    {
        foreach (var field in fields?.Keys ?? Enumerable.Empty<string>())
        {
            errors.Add($"{file}{at}{field} is not a known field");
        }
    }

    private void Name(string at, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add($"{file}{at}name is {(name is null ? "missing" : "blank")}");
        }
        else if (!WhatsAppRenderer.IsTemplateName(name))
        {
            errors.Add($"{file}{at}name \"{name}\" must be lowercase letters, digits and underscores, at most {WhatsAppLimits.TemplateName}");
        }
    }

    private List<string> Parameters(string at, List<string?>? parameters)
    {
        var names = new List<string>();
        if (parameters is null)
        {
            errors.Add($"{file}{at}parameters is missing ([] when the body has none)");
            return names;
        }

        for (var p = 0; p < parameters.Count; p++)
        {
            if (parameters[p] is not { } name || !CatalogRules.IsKebabCase(name))
            {
                errors.Add($"{file}{at}parameters[{p}] \"{parameters[p]}\" is not a name in lowercase kebab-case");
            }
            else if (names.Contains(name))
            {
                errors.Add($"{file}{at}parameters[{p}] \"{name}\" is already listed at parameters[{names.IndexOf(name)}]");
            }

            names.Add(parameters[p] ?? string.Empty);
        }

        return names;
    }

    private List<string> Buttons(string at, List<TemplateButtonEntry?>? buttons, IReadOnlyList<string> parameters)
    {
        var payloads = new List<string>();
        if (buttons is null)
        {
            return payloads;
        }

        if (buttons.Count > WhatsAppLimits.TemplateButtons)
        {
            errors.Add($"{file}{at}buttons has {buttons.Count}; Meta allows at most {WhatsAppLimits.TemplateButtons}");
        }

        for (var b = 0; b < buttons.Count; b++)
        {
            var entry = $"buttons[{b}]";
            if (buttons[b] is not { } button)
            {
                errors.Add($"{file}{at}{entry} is null");
                continue;
            }

            Unknown($"{at}{entry}.", button.UnknownFields);
            if (string.IsNullOrWhiteSpace(button.Payload))
            {
                // Without one Meta sends back the button's text, which the conversation cannot tell from typing.
                errors.Add($"{file}{at}{entry}.payload is {(button.Payload is null ? "missing" : "blank")}");
            }
            else if (button.Payload.Length > WhatsAppLimits.ButtonId)
            {
                errors.Add($"{file}{at}{entry}.payload is {button.Payload.Length} characters; at most {WhatsAppLimits.ButtonId}");
            }
            else
            {
                foreach (var unknown in TemplatePayload.Unknown(button.Payload, parameters))
                {
                    errors.Add($"{file}{at}{entry}.payload has {{{unknown}}}, which is not one of the template's parameters");
                }
            }

            Texts(at, $"{entry}.text", button.Text, WhatsAppLimits.QuickReplyText);
            payloads.Add(button.Payload ?? string.Empty);
        }

        return payloads;
    }

    /// <summary>A text in every offered language: Meta sends a template only in a language it was approved in.</summary>
    private Dictionary<string, string> Texts(string at, string field, Dictionary<string, string?>? text, int maxLength)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text is null)
        {
            errors.Add($"{file}{at}{field} is missing");
            return found;
        }

        foreach (var code in text.Keys.Where(code => !languages.Any(l => l.Code == code)))
        {
            errors.Add($"{file}{at}{field}.{code} is not a known field");
        }

        foreach (var language in languages)
        {
            var value = text.GetValueOrDefault(language.Code);
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{file}{at}{field}.{language.Code} is {(value is null ? "missing" : "blank")}");
                continue;
            }

            if (WhatsAppText.Length(value) > maxLength)
            {
                errors.Add($"{file}{at}{field}.{language.Code} is {WhatsAppText.Length(value)} characters; Meta allows at most {maxLength}");
            }

            if (!language.IsWrittenIn(value))
            {
                errors.Add($"{file}{at}{field}.{language.Code} has no {language.Script} script: \"{value}\"");
            }

            found[language.Code] = value;
        }

        return found;
    }
}
