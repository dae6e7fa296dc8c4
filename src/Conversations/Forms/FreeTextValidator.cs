using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Typed words, trimmed: 2 to 500 characters with at least one letter or digit; an Aadhaar number inside is masked.
/// </summary>
public sealed class FreeTextValidator(FormText reasons) : IFieldValidator
{
    public const int MinLength = 2;
    public const int MaxLength = 500;

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text)
        {
            return new Rejected(reasons.FreeTextType);
        }

        if (text.Length < MinLength)
        {
            return new Rejected(reasons.FreeTextShort.Fill(MinLength));
        }

        if (text.Length > MaxLength)
        {
            return new Rejected(reasons.FreeTextLong.Fill(MaxLength, text.Length));
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            return new Rejected(reasons.FreeTextNoWords);
        }

        var kept = AadhaarInText.Mask(text);
        return new Accepted(kept, kept);
    }
}
