using System.Text;
using System.Text.RegularExpressions;

namespace ManaMitra.Interfaces.Applications;

/// <summary>
/// Reads a reference as citizens type it: any case, with spaces, dashes or none ("rev inc 2026 1", "REVINC2026000001").
/// References are a department code, a service code, the year and a six-digit number; typed without dashes the two
/// codes run together, so every way of splitting them is a candidate and the one that exists is the application.
/// </summary>
public static partial class ApplicationReference
{
    [GeneratedRegex(@"^([A-Z]{2,6})(20\d\d)(\d{1,6})$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"^([A-Z]{1,3})-([A-Z]{1,3})-(20\d\d)-(\d{1,6})$")]
    private static partial Regex Dashed();

    /// <summary>The references the text could be, the dashed reading first; none when it is not a reference.</summary>
    public static IReadOnlyList<string> Candidates(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return [];
        }

        var upper = typed.Trim().ToUpperInvariant();
        var dashed = Regex.Replace(upper, @"[\s_/]+", "-");
        if (Dashed().Match(dashed) is { Success: true } d)
        {
            return [Format(d.Groups[1].Value, d.Groups[2].Value, d.Groups[3].Value, d.Groups[4].Value)];
        }

        var compact = new StringBuilder();
        foreach (var c in upper.Where(char.IsAsciiLetterOrDigit))
        {
            compact.Append(c);
        }

        if (Compact().Match(compact.ToString()) is not { Success: true } m)
        {
            return [];
        }

        var letters = m.Groups[1].Value;
        return [.. Enumerable.Range(1, letters.Length - 1)
            .Where(i => i <= 3 && letters.Length - i <= 3)
            .Select(i => Format(letters[..i], letters[i..], m.Groups[2].Value, m.Groups[3].Value))];
    }

    private static string Format(string department, string service, string year, string number) =>
        $"{department}-{service}-{year}-{number.PadLeft(6, '0')}";
}
