using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Typed words, trimmed: 2 to 500 characters with at least one letter or digit; an Aadhaar number inside is masked.
/// </summary>
public sealed class FreeTextValidator : IFieldValidator
{
    public const int MinLength = 2;
    public const int MaxLength = 500;

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text)
        {
            return new Rejected(FormText.FreeTextType);
        }

        if (text.Length < MinLength)
        {
            return new Rejected(FormText.FreeTextShort.Fill(MinLength));
        }

        if (text.Length > MaxLength)
        {
            return new Rejected(FormText.FreeTextLong.Fill(MaxLength, text.Length));
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            return new Rejected(FormText.FreeTextNoWords);
        }

        var kept = AadhaarInText.Mask(text);
        return new Accepted(kept, kept);
    }
}
