using System.Globalization;
using System.Text.RegularExpressions;

namespace ManaMitra.Catalog.Templates;

/// <summary>The parameters written into a template body, <c>{{1}}</c>, <c>{{2}}</c>…, and Meta's rules for where they may stand.</summary>
internal static partial class TemplateBody
{
    [GeneratedRegex(@"\{\{([^{}]*)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\}\}\s*\{\{")]
    private static partial Regex SideBySide();

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex Number();

    /// <summary>The body's length without its parameters: what the filled-in parameters are added to.</summary>
    public static int FixedLength(string body) => Placeholder().Replace(body, string.Empty).Length;

    /// <summary>Each way <paramref name="body"/> breaks Meta's rules for <paramref name="count"/> parameters, as the end of a defect line.</summary>
    public static IEnumerable<string> Defects(string body, int count)
    {
        var numbers = new SortedSet<int>();
        foreach (Match placeholder in Placeholder().Matches(body))
        {
            var inside = placeholder.Groups[1].Value;
            if (Number().IsMatch(inside) && int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
            else
            {
                yield return $"has {placeholder.Value}; parameters are written {{{{1}}}}, {{{{2}}}}…";
            }
        }

        if (!numbers.SetEquals(Enumerable.Range(1, count)))
        {
            var used = numbers.Count == 0 ? "no parameter" : string.Join(", ", numbers.Select(n => $"{{{{{n}}}}}"));
            var wanted = count == 0 ? "none, as parameters is empty" : $"each of {{{{1}}}} to {{{{{count}}}}} without gaps, one per parameter";
            yield return $"uses {used}; it must use {wanted}";
        }

        var trimmed = body.Trim();
        if (trimmed.StartsWith("{{", StringComparison.Ordinal))
        {
            yield return "starts with a parameter (Meta refuses that)";
        }

        if (trimmed.EndsWith("}}", StringComparison.Ordinal))
        {
            yield return "ends with a parameter (Meta refuses that)";
        }

        if (SideBySide().IsMatch(body))
        {
            yield return "has two parameters side by side (Meta refuses that)";
        }
    }
}
