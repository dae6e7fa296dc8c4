using ManaMitra.Catalog;
using ManaMitra.Chat;

namespace ManaMitra.Forms;

/// <summary>Typed words, trimmed: 2 to 500 characters with at least one letter or digit.</summary>
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

        return text.Any(char.IsLetterOrDigit) ? new Accepted(text, text) : new Rejected(FormText.FreeTextNoWords);
    }
}
