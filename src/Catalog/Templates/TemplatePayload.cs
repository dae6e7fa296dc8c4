using System.Text.RegularExpressions;

namespace ManaMitra.Catalog.Templates;

/// <summary>
/// A quick-reply button's payload may name a parameter of its template, <c>fix:{reference}</c>: the payload is sent
/// with the message (Meta's <c>button</c> component), so a tap days later says which application it was about.
/// </summary>
internal static partial class TemplatePayload
{
    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    public static string Fill(string payload, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(payload, m => values[m.Groups[1].Value]);

    /// <summary>Each placeholder of <paramref name="payload"/> that is not one of <paramref name="parameters"/>.</summary>
    public static IEnumerable<string> Unknown(string payload, IReadOnlyList<string> parameters) =>
        Placeholder().Matches(payload).Select(m => m.Groups[1].Value).Where(name => !parameters.Contains(name));
}
