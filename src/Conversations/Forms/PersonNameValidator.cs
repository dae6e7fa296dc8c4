using System.Globalization;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// A person's name as it goes on a certificate: Telugu or Latin letters, spaces, dots ("K. Ravi Kumar"), and an
/// apostrophe or hyphen between two letters ("D'Souza", "Sai-Ram"); 2 to 100 characters once trimmed and runs of
/// white space folded (a surname and initials written out in full run past 60), with at least two letters. A digit gets its own reason: it is usually an age, a phone or an
/// Aadhaar number typed where the name goes, and the name would be printed as the holder's.
/// </summary>
public sealed class PersonNameValidator(FormText reasons) : IFieldValidator
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    // A pasted link is letters and dots too, like "K.Ravi"; no name starts or ends the way a web address does.
    private const string WebStart = "www.";
    private static readonly string[] WebEnds = [".com", ".in", ".org", ".net"];

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text)
        {
            return new Rejected(reasons.FreeTextType);
        }

        // NFC, so a Latin letter typed as base and accent is the one letter the Latin test knows.
        var name = string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Any(char.IsNumber))
        {
            return new Rejected(reasons.PersonNameDigits);
        }

        if (!WellFormed(name) || name.Split(' ').Any(IsWebAddress))
        {
            return new Rejected(reasons.PersonNameCharacters);
        }

        // "K." is two characters but a lone initial.
        return name.Length is < MinLength or > MaxLength || name.Count(IsLetter) < MinLength
            ? new Rejected(reasons.PersonNameLength.Fill(MinLength, MaxLength))
            : new Accepted(name, name);
    }

    private static bool WellFormed(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var before = i > 0 ? name[i - 1] : ' ';
            var after = i < name.Length - 1 ? name[i + 1] : ' ';
            var ok = name[i] switch
            {
                ' ' => true,
                '.' => IsSpelling(before),
                '\'' or '\u2019' or '-' => IsSpelling(before) && IsSpelling(after),
                // A zero-width joiner or non-joiner shapes the Telugu letters on either side, as Telugu keyboards type it
                // after a virama (as in the name Anvar written in Telugu); anywhere else it is an invisible character in a printed name.
                '\u200C' or '\u200D' => IsTelugu(before) && IsTelugu(after) && IsLetter(after),
                var c when IsMark(c) => IsTelugu(before),
                var c => IsLetter(c),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWebAddress(string word) =>
        word.StartsWith(WebStart, StringComparison.OrdinalIgnoreCase)
        || WebEnds.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>A Telugu letter, or a Latin one (accents included); Greek, Cyrillic and other scripts are not on AP's certificates.</summary>
    private static bool IsLetter(char c) => IsTelugu(c)
        ? char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter
        : char.IsLetter(c) && (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF');

    /// <summary>A Telugu vowel sign, virama or length mark: .NET does not call them letters, yet they spell every name.</summary>
    private static bool IsMark(char c) =>
        IsTelugu(c) && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsSpelling(char c) => IsLetter(c) || IsMark(c);

    private static bool IsTelugu(char c) => c is >= '\u0C00' and <= '\u0C7F';
}
