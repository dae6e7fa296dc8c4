using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>An Indian mobile number: 10 digits starting 6–9, written bare or with a +91, 91 or 0 prefix.</summary>
public sealed class MobileValidator(FormText reasons) : IFieldValidator
{
    public const int Digits = 10;

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text || WithoutPrefix(Typed.Compact(text, "-().")) is not { } digits || !Typed.AllDigits(digits))
        {
            return new Rejected(reasons.MobileType);
        }

        if (digits.Length != Digits)
        {
            return new Rejected(reasons.MobileLength.Fill(digits.Length));
        }

        return digits[0] is >= '6' and <= '9'
            ? new Accepted(digits, $"+91 {digits[..5]} {digits[5..]}")
            : new Rejected(reasons.MobileFirstDigit);
    }

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
