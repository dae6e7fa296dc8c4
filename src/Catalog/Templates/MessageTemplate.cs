using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Catalog.Templates;

/// <summary>
/// A template as <c>catalog/templates.json</c> defines it and Meta approved it: the body's <c>{{1}}</c>, <c>{{2}}</c>…
/// are <see cref="Parameters"/> in order, and its quick-reply buttons send back <see cref="ButtonPayloads"/>, each
/// <c>{parameter}</c> in them filled in.
/// </summary>
/// <param name="Bodies">The body in every language the catalog offers, by language code.</param>
public sealed record MessageTemplate(
    string Name,
    IReadOnlyList<string> Parameters,
    IReadOnlyDictionary<string, string> Bodies,
    IReadOnlyList<string> ButtonPayloads)
{
    /// <summary>
    /// The template in <paramref name="language"/> with each parameter taken from <paramref name="values"/> by name.
    /// Meta refuses a body longer than <see cref="WhatsAppLimits.TemplateBody"/> once filled in, so the parameters
    /// share the room the body's own words leave, each shortened to its share when it would not fit.
    /// </summary>
    public TemplateReply Reply(string language, IReadOnlyDictionary<string, string> values)
    {
        var body = Bodies.TryGetValue(language, out var found)
            ? found
            : throw new ArgumentException($"Template {Name} has no {language} body.", nameof(language));
        var share = Parameters.Count == 0 ? 0 : (WhatsAppLimits.TemplateBody - TemplateBody.FixedLength(body)) / Parameters.Count;
        var parameters = Parameters
            .Select(name => values.TryGetValue(name, out var value)
                ? WhatsAppText.Fit(WhatsAppRenderer.TemplateParameter(value), share)
                : throw new ArgumentException($"No value for parameter \"{name}\" of template {Name}.", nameof(values)))
            .ToList();
        return new TemplateReply(Name, language, parameters) { ButtonPayloads = [.. ButtonPayloads.Select(p => TemplatePayload.Fill(p, values))] };
    }
}

/// <summary>The templates of <c>catalog/templates.json</c>, by name.</summary>
public sealed class TemplateRegistry(IReadOnlyList<MessageTemplate> templates)
{
    private readonly Dictionary<string, MessageTemplate> _byName = templates.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public IReadOnlyList<MessageTemplate> All { get; } = templates;

    /// <summary>Every name the senders use is checked at start-up (<see cref="TemplateLoader"/>), so a missing one is a bug.</summary>
    public MessageTemplate this[string name] =>
        _byName.TryGetValue(name, out var template) ? template : throw new KeyNotFoundException($"No template named {name}.");
}
