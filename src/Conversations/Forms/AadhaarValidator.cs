using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// 12 digits (spaces and dashes as printed on the card are fine), not starting 0 or 1, with a valid Verhoeff check
/// digit, typed alone or as the one such number in a sentence ("my aadhaar is 2341 2341 2346"). The number leaves here
/// only as a keyed hash and a masked display; reasons never quote it.
/// </summary>
public sealed class AadhaarValidator(AadhaarHasher hasher, FormText reasons) : IFieldValidator
{
    public const int Digits = 12;

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text)
        {
            return new Rejected(reasons.AadhaarType);
        }

        var digits = Typed.Compact(text, "-.");
        if (!Typed.AllDigits(digits))
        {
            if (AadhaarInText.Single(text) is not { } inSentence)
            {
                return new Rejected(reasons.AadhaarType);
            }

            digits = inSentence;
        }

        if (digits.Length != Digits)
        {
            return new Rejected(reasons.AadhaarLength.Fill(digits.Length));
        }

        if (digits[0] is '0' or '1')
        {
            return new Rejected(reasons.AadhaarFirstDigit);
        }

        return Verhoeff.IsValid(digits) ? new Accepted(hasher.Hash(digits), Mask(digits)) : new Rejected(reasons.AadhaarChecksum);
    }

    /// <summary>UIDAI's own masked form: only the last four digits show.</summary>
    public static string Mask(string digits) => $"XXXX XXXX {digits[^4..]}";
}
