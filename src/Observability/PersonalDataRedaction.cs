using System.Globalization;
using System.Text.RegularExpressions;

namespace ManaMitra.Observability;

/// <summary>
/// Masks what looks like a WhatsApp number or an Aadhaar number in log text: a run of ten or more digits, or twelve
/// digits written in fours. Citizens' grains are keyed by their WhatsApp number, so Orleans' own messages (a slow
/// turn, a failed call) name it inside grain ids; masking the text is the one place that catches every such line.
/// The last four digits stay, as on a printed Aadhaar, so an operator can still tell two citizens apart.
/// </summary>
public static partial class PersonalDataRedaction
{
    private const int DigitsKept = 4;

    public static string Redact(string text) => PersonalNumber().Replace(text, Mask);

    /// <summary>The value itself when it shows nothing personal (keeping its type for structured logs), else masked text.</summary>
    public static object? Redact(object? value)
    {
        if (value is null or bool or Enum)
        {
            return value;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        var redacted = Redact(text);
        return ReferenceEquals(redacted, text) || redacted == text ? value : redacted;
    }

    private static string Mask(Match match)
    {
        var text = match.Value;
        var chars = text.ToCharArray();
        var digitsLeft = text.Count(char.IsAsciiDigit);
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]) && digitsLeft-- > DigitsKept)
            {
                chars[i] = '*';
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"(?<!\d)(?:\d{10,}|\d{4} \d{4} \d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalNumber();
}
