using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// An Indian mobile number: 10 digits starting 6–9, written bare or with a +91, 91 or 0 prefix, typed alone or as the
/// one such number in a sentence ("call me on 98765 43210").
/// </summary>
public sealed partial class MobileValidator(FormText reasons) : IFieldValidator
{
    public const int Digits = 10;

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text)
        {
            return new Rejected(reasons.MobileType);
        }

        var digits = WithoutPrefix(Typed.Compact(text, "-()."));
        if (digits is null || !Typed.AllDigits(digits))
        {
            // A sentence: its one mobile-shaped number is the answer; none, or two (which was meant?), is no answer,
            // and nor is one after a foreign country code ("+44 79111 23456").
            if (Candidate().Matches(text) is not { Count: 1 } found
                || (text.Contains('+', StringComparison.Ordinal) && !found[0].Value.StartsWith('+'))
                || WithoutPrefix(Typed.Compact(found[0].Value, "-")) is not { } inSentence)
            {
                return new Rejected(reasons.MobileType);
            }

            digits = inSentence;
        }

        if (digits.Length != Digits)
        {
            return new Rejected(reasons.MobileLength.Fill(digits.Length));
        }

        return digits[0] is >= '6' and <= '9'
            ? new Accepted(digits, $"+91 {digits[..5]} {digits[5..]}")
            : new Rejected(reasons.MobileFirstDigit);
    }

    // Not inside a longer number; a "+" before it must be +91's.
    [GeneratedRegex(@"(?<![\d+])(?:\+91[ -]?|0)?[6-9]\d{4}[ -]?\d{5}(?!\d)")]
    private static partial Regex Candidate();

    // "+91" always is the country code (any other "+" is a foreign number); a bare "91" or "0" is a prefix only
    // when it makes the number too long, since a 10-digit number may itself begin with 91.
    private static string? WithoutPrefix(string compact) => compact switch
    {
        _ when compact.StartsWith('+') => compact.StartsWith("+91", StringComparison.Ordinal) ? compact[3..] : null,
        { Length: 12 } when compact.StartsWith("91", StringComparison.Ordinal) => compact[2..],
        { Length: 11 } when compact[0] == '0' => compact[1..],
        _ => compact,
    };
}
