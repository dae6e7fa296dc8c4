using System.Text.Json;
using ManaMitra.Languages;

namespace ManaMitra.Catalog;

/// <summary>
/// Validates one department file and turns it into the model. Every defect is added to the
/// shared error list, prefixed with the file and the entry (e.g. <c>services[3] (income-certificate)</c>);
/// the model it returns is only meaningful when no error was added.
/// </summary>
internal sealed class DepartmentReader(string file, CatalogIds ids, LocalizedTextReader texts, List<string> errors)
{
    public Department Read(DepartmentFile department)
    {
        var at = $"{file}: ";
        var id = Id(at, department.Id);
        if (id is not null && ids.ClaimDepartment(id, file) is { } first)
        {
            errors.Add($"{at}id \"{id}\" is already used by {first}");
        }

        Unknown(at, string.Empty, department.UnknownFields);
        var name = texts.Read(at, "name", department.Name, maxLength: null);
        var description = texts.Read(at, "description", department.Description, CatalogRules.MaxDescriptionLength);

        var services = new List<Service>();
        if (department.Services is null or [])
        {
            var state = department.Services is null ? "missing" : "empty";
            errors.Add($"{at}services is {state} (a department needs at least one service)");
        }
        else
        {
            for (var i = 0; i < department.Services.Count; i++)
            {
                if (ReadService(i, department.Services[i]) is { } service)
                {
                    services.Add(service);
                }
            }
        }

        return new Department(id ?? string.Empty, name, description, services);
    }

    private Service? ReadService(int index, ServiceEntry? service)
    {
        var entry = $"services[{index}]";
        if (service is null)
        {
            errors.Add($"{file}: {entry} is null");
            return null;
        }

        var at = $"{file}: {Label(entry, service.Id)}: ";
        var id = Id(at, service.Id);
        if (id is not null && ids.ClaimService(id, $"{file} {entry}") is { } first)
        {
            errors.Add($"{at}id \"{id}\" is already used by {first}");
        }

        Unknown(at, string.Empty, service.UnknownFields);
        var name = texts.Read(at, "name", service.Name, maxLength: null);
        var description = texts.Read(at, "description", service.Description, CatalogRules.MaxDescriptionLength);
        var handler = Handler(at, service.Handler);
        var fulfilment = ReadFulfilment(at, service.Fulfilment, handler);

        if (service.Fee is null)
        {
            errors.Add($"{at}fee is missing (0 for a free service)");
        }
        else if (service.Fee < 0)
        {
            errors.Add($"{at}fee {service.Fee} is negative");
        }

        if (service.SlaDays is null)
        {
            errors.Add($"{at}slaDays is missing (0 for an instant service)");
        }
        else if (service.SlaDays < 0)
        {
            errors.Add($"{at}slaDays {service.SlaDays} is negative");
        }

        if (service.BookableDays is not null && handler is { } kind && kind != HandlerKind.BookSlot)
        {
            errors.Add($"{at}bookableDays is only for a BookSlot service, not {kind}");
        }
        else if (service.BookableDays is < 1 or > BookingWindow.MaxDays)
        {
            errors.Add($"{at}bookableDays {service.BookableDays} is not from 1 to {BookingWindow.MaxDays}");
        }

        var cancellation = Cancellation(at, service.Cancellation);
        errors.AddRange(Cancellations.Defects(cancellation, handler).Select(defect => at + defect));
        var inputs = Inputs(at, service.Inputs, handler);
        if (Fares.ServiceDefect(inputs) is { } fares)
        {
            errors.Add(at + fares);
        }

        return new Service(
            id ?? string.Empty,
            name,
            description,
            handler ?? default,
            service.Fee ?? 0,
            service.SlaDays ?? 0,
            inputs,
            Keywords(at, service.Keywords),
            fulfilment ?? default,
            service.BookableDays ?? BookingWindow.DefaultDays)
        {
            Cancellation = cancellation,
        };
    }

    private List<CancellationTier> Cancellation(string at, List<CancellationEntry?>? entries)
    {
        var tiers = new List<CancellationTier>();
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            if (entries![i] is not { HoursBefore: { } hours, RefundPercent: { } percent } entry)
            {
                errors.Add($"{at}cancellation[{i}] needs hoursBefore and refundPercent");
                continue;
            }

            Unknown(at, $"cancellation[{i}].", entry.UnknownFields);
            tiers.Add(new CancellationTier(hours, percent));
        }

        return tiers;
    }

    private HandlerKind? Handler(string at, string? handler)
    {
        if (handler is null)
        {
            errors.Add($"{at}handler is missing");
        }
        else if (CatalogRules.TryParseName<HandlerKind>(handler, out var kind))
        {
            return kind;
        }
        else
        {
            errors.Add($"{at}handler \"{handler}\" is not one of {CatalogRules.NamesOf<HandlerKind>()}");
        }

        return null;
    }

    /// <param name="handler">Null when the handler is already reported; whether the two agree cannot be judged then.</param>
    private Fulfilment? ReadFulfilment(string at, string? value, HandlerKind? handler)
    {
        if (value is null)
        {
            errors.Add($"{at}fulfilment is missing (one of {FulfilmentRules.Names()})");
            return null;
        }

        if (!FulfilmentRules.TryParse(value, out var fulfilment))
        {
            errors.Add($"{at}fulfilment \"{value}\" is not one of {FulfilmentRules.Names()}");
            return null;
        }

        if (handler is { } kind && !FulfilmentRules.For(kind).Contains(fulfilment))
        {
            var allowed = string.Join(" or ", FulfilmentRules.For(kind).Select(f => f.Name()));
            errors.Add($"{at}fulfilment \"{value}\" does not fit handler {kind} (it serves {allowed})");
        }

        return fulfilment;
    }

    private List<string> Keywords(string at, List<string?>? keywords)
    {
        var valid = new List<string>();
        for (var i = 0; i < (keywords?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(keywords![i]))
            {
                errors.Add($"{at}keywords[{i}] is blank");
            }
            else
            {
                valid.Add(keywords[i]!);
            }
        }

        return valid;
    }

    // Information services may ask nothing, so a missing list means no questions.
    /// <param name="handler">Null when the handler is already reported; whether answers are printed cannot be judged then.</param>
    private List<ServiceInput> Inputs(string serviceAt, List<InputEntry?>? inputs, HandlerKind? handler)
    {
        var valid = new List<ServiceInput>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < (inputs?.Count ?? 0); i++)
        {
            var entry = $"inputs[{i}]";
            var input = inputs![i];
            if (input is null)
            {
                errors.Add($"{serviceAt}{entry} is null");
                continue;
            }

            var at = $"{serviceAt}{Label(entry, input.Id)}: ";
            var id = Id(at, input.Id);
            if (id is not null && !seen.TryAdd(id, entry))
            {
                errors.Add($"{at}id \"{id}\" is already used by {seen[id]}");
            }

            Unknown(at, string.Empty, input.UnknownFields);
            var prompt = texts.Read(at, "prompt", input.Prompt, maxLength: null);
            var kind = ReadKind(at, input.Kind);
            var printed = handler is { } h && kind is { } k && PrintedAnswers.By(h, k);
            var label = InputLabel(at, input.Label, printed ? handler : null);
            var read = new ServiceInput(id ?? string.Empty, kind ?? default, prompt, Choices(at, kind, input.Choices), label) { Slots = Slots(at, input.Slots), LinkedTo = input.LinkedTo };
            if (kind is not null)
            {
                errors.AddRange(OtpInputs.Defects(read, valid).Select(defect => at + defect));
            }

            if (handler == HandlerKind.BookSlot)
            {
                errors.AddRange(PlaceCounts.Defects(read).Concat(Sessions.Defects(read)).Select(defect => at + defect));
            }

            errors.AddRange(Fares.Defects(read, handler).Select(defect => at + defect));

            valid.Add(read);
        }

        return valid;
    }

    private List<SlotPattern> Slots(string inputAt, List<string?>? slots)
    {
        var valid = new List<SlotPattern>();
        for (var i = 0; i < (slots?.Count ?? 0); i++)
        {
            if (SlotPattern.Parse(slots![i] ?? "", out var defect) is { } pattern)
            {
                valid.Add(pattern);
            }
            else
            {
                errors.Add($"{inputAt}slots[{i}] {defect}");
            }
        }

        return valid;
    }

    /// <param name="printedBy">The handler that prints this answer beside its label, or null when none does.</param>
    private LocalizedText? InputLabel(string at, Dictionary<string, string?>? label, HandlerKind? printedBy)
    {
        if (label is null)
        {
            if (printedBy is { } handler)
            {
                errors.Add($"{at}label is missing ({handler} prints this answer beside it: a noun, like \"Darshan\" for \"Which darshan?\")");
            }

            return null;
        }

        var text = texts.Read(at, "label", label, maxLength: null);
        foreach (var (language, value) in text.Entries.Where(e => e.Value.TrimEnd().EndsWith('?')))
        {
            errors.Add($"{at}label.{language} is a question (\"{value}\"); a printed label is a noun");
        }

        return text;
    }

    private InputKind? ReadKind(string at, string? kind)
    {
        if (kind is null)
        {
            errors.Add($"{at}kind is missing");
        }
        else if (CatalogRules.TryParseName<InputKind>(kind, out var parsed))
        {
            return parsed;
        }
        else
        {
            errors.Add($"{at}kind \"{kind}\" is not one of {CatalogRules.NamesOf<InputKind>()}");
        }

        return null;
    }

    private List<InputChoice> Choices(string inputAt, InputKind? kind, List<ChoiceEntry?>? choices)
    {
        var valid = new List<InputChoice>();
        if (kind is InputKind.Choice && choices is null or [])
        {
            var state = choices is null ? "missing" : "empty";
            errors.Add($"{inputAt}choices is {state} (a Choice input needs at least one choice)");
            return valid;
        }

        // An unknown kind is already reported; whether choices belong there cannot be judged.
        if (kind is { } other && other != InputKind.Choice && choices is not null)
        {
            errors.Add($"{inputAt}choices is only allowed on a Choice input, not on {other}");
            return valid;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < (choices?.Count ?? 0); i++)
        {
            var entry = $"choices[{i}]";
            var choice = choices![i];
            if (choice is null)
            {
                errors.Add($"{inputAt}{entry} is null");
                continue;
            }

            var at = $"{inputAt}{Label(entry, choice.Id)}: ";
            var id = Id(at, choice.Id);
            if (id is not null && !seen.TryAdd(id, entry))
            {
                errors.Add($"{at}id \"{id}\" is already used by {seen[id]}");
            }

            Unknown(at, string.Empty, choice.UnknownFields);
            TimeOnly? startsAt = null;
            if (choice.StartsAt is { } time)
            {
                if (Sessions.TryParse(time, out var parsed))
                {
                    startsAt = parsed;
                }
                else
                {
                    errors.Add($"{at}startsAt \"{time}\" is not a time of day as {Sessions.TimeFormat} (\"06:00\", \"18:30\")");
                }
            }

            valid.Add(new InputChoice(id ?? string.Empty, texts.Read(at, "label", choice.Label, maxLength: null), startsAt, choice.Fare));
        }

        return valid;
    }

    /// <returns>The id when it is present and well-formed, else null (the defect is reported).</returns>
    private string? Id(string at, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add($"{at}id is {(id is null ? "missing" : "blank")}");
            return null;
        }

        if (!CatalogRules.IsKebabCase(id))
        {
            errors.Add($"{at}id \"{id}\" is not lowercase kebab-case (like \"income-certificate\")");
            return null;
        }

        return id;
    }

    // A misspelt field ("slaDay") would otherwise be ignored and its value silently lost.
    private void Unknown(string at, string parent, Dictionary<string, JsonElement>? fields)
    {
        foreach (var field in fields?.Keys ?? Enumerable.Empty<string>())
        {
            errors.Add($"{at}{parent}{field} is not a known field");
        }
    }

    private static string Label(string entry, string? id) =>
        string.IsNullOrWhiteSpace(id) ? entry : $"{entry} ({id})";
}
