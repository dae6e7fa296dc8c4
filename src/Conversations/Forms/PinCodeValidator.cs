using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Any valid Indian PIN code: 6 digits, the first 1–9. Andhra Pradesh's start 50–53, but citizens apply from (and
/// send things to) addresses anywhere, so the state's own range is not enforced.
/// </summary>
public sealed class PinCodeValidator(FormText reasons) : IFieldValidator
{
    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text || Typed.Compact(text, "-") is var digits && !Typed.AllDigits(digits))
        {
            return new Rejected(reasons.PinType);
        }

        if (digits.Length != 6)
        {
            return new Rejected(reasons.PinLength.Fill(digits.Length));
        }

        return digits[0] == '0' ? new Rejected(reasons.PinFirstDigit) : new Accepted(digits, digits);
    }
}
