using System.Text.RegularExpressions;
using ManaMitra.Conversations.Vocabulary;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Citizens often put their Aadhaar number into a grievance or an address line. Free text is kept, shown back and
/// handed to departments, so a number that is a real Aadhaar (12 digits, first 2-9, valid Verhoeff check digit,
/// typed plain or in the card's 4-4-4 groups, in ASCII or any script's digits) is masked there exactly as the Aadhaar field
/// masks it. Other long numbers (phone numbers, receipt numbers) fail the checks and stay as typed.
/// </summary>
public static partial class AadhaarInText
{
    public static string Mask(string text) => Candidate().Replace(text, match =>
    {
        var digits = Typed.Compact(match.Value, "-.");
        return digits.Length == AadhaarValidator.Digits && digits[0] is not ('0' or '1') && Verhoeff.IsValid(digits)
            ? AadhaarValidator.Mask(digits)
            : match.Value;
    });

    /// <summary>
    /// The digits of the one Aadhaar-shaped number in <paramref name="text"/> ("my aadhaar is 2341 2341 2346"), checks
    /// not yet made; null when there is none or more than one, since then which was meant is a guess.
    /// </summary>
    public static string? Single(string text) =>
        Candidate().Matches(text) is { Count: 1 } found ? Typed.Compact(found[0].Value, "-.") : null;

    // \d is any decimal digit, Telugu's (U+0C66–U+0C6F) included, as the Aadhaar field reads them. Not next to another digit, so a
    // 13-digit number is never read as an Aadhaar plus one digit.
    [GeneratedRegex(@"(?<!\d)\d{4}[ .-]?\d{4}[ .-]?\d{4}(?!\d)")]
    private static partial Regex Candidate();
}
