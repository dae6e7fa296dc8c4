using FsCheck;
using FsCheck.Fluent;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

/// <summary>A text and the limit it must fit.</summary>
public sealed record FitCase(string Text, int MaxLength);

/// <summary>
/// Generators for what ManaMitra really sends: Telugu syllables (conjuncts of up to three consonants, vowel signs,
/// anusvara, explicit half forms with ZWNJ), English words, runs of spaces and emoji sequences (ZWJ families,
/// flags, skin tones, variation selectors) mixed freely.
/// </summary>
public static class MessagingArbitraries
{
    private static readonly string[] Consonants = ["క", "ఖ", "గ", "చ", "జ", "ట", "డ", "త", "ద", "న", "ప", "బ", "మ", "య", "ర", "ల", "వ", "శ", "ష", "స", "హ", "ళ"];
    private static readonly string[] VowelSigns = ["", "ా", "ి", "ీ", "ు", "ూ", "ృ", "ె", "ే", "ై", "ొ", "ో", "ౌ"];
    private static readonly string[] Finals = ["", "", "ం", "ః"];
    private static readonly string[] Vowels = ["అ", "ఆ", "ఇ", "ఈ", "ఉ", "ఎ", "ఏ", "ఒ"];
    private static readonly string[] Words = ["Apply", "caste", "certificate", "hall", "ticket", "APSRTC", "Aadhaar", "No.", "1234", "OK"];
    private static readonly string[] Emoji = ["👍", "👍🏽", "❤️", "👨‍👩‍👧", "🧑‍💻", "🇮🇳", "✅", "🙏🏾"];
    private static readonly string[] Spaces = [" ", " ", "  ", "\n"];

    private static readonly Gen<string> Syllable =
        from consonant in Gen.Elements(Consonants)
        from conjunctCount in Gen.Choose(0, 2)
        from conjunct in Gen.ListOf(Gen.Elements(Consonants), conjunctCount)
        from vowelSign in Gen.Elements(VowelSigns)
        from final in Gen.Elements(Finals)
        select consonant + string.Concat(conjunct.Select(c => "్" + c)) + vowelSign + final;

    private static readonly Gen<string> HalfForm = Gen.Elements(Consonants).Select(c => c + "్\u200C");

    private static readonly Gen<string> TeluguWord =
        from syllables in Gen.Choose(1, 5).SelectMany(n => Gen.ListOf(Gen.Frequency((8, Syllable), (1, HalfForm), (1, Gen.Elements(Vowels))), n))
        select string.Concat(syllables);

    private static readonly Gen<string> Word = Gen.Frequency(
        (5, TeluguWord),
        (3, Gen.Elements(Words)),
        (2, Gen.Elements(Emoji)));

    private static readonly Gen<string> Token = Gen.Frequency((3, Word), (2, Gen.Elements(Spaces)));

    /// <summary>Anything, including whitespace only and the empty string.</summary>
    private static readonly Gen<string> MixedText = Gen.ListOf(Token).Select(string.Concat);

    /// <summary>Text a reply may carry where Meta requires something visible.</summary>
    private static readonly Gen<string> VisibleText = from first in Word from rest in MixedText select first + rest;

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, VisibleText.Select(t => (string?)t)));

    public static Arbitrary<FitCase> FitCases() =>
        (from text in MixedText
         from maxLength in Gen.Choose(1, 120)
         select new FitCase(text, maxLength)).ToArbitrary();

    public static Arbitrary<ListReply> ListReplies() =>
        (from totalRows in Gen.Choose(1, WhatsAppLimits.ListRows)
         from sectionCount in Gen.Choose(1, totalRows)
         from cuts in Gen.Shuffle(Enumerable.Range(1, totalRows - 1))
         from rows in Gen.ListOf(Row, totalRows)
         from titles in Gen.ListOf(VisibleText, sectionCount)
         from body in VisibleText
         from button in VisibleText
         from header in OptionalText
         from footer in OptionalText
         select new ListReply(body, button, Sections(rows, cuts.Take(sectionCount - 1), titles)) { Header = header, Footer = footer })
        .ToArbitrary();

    public static Arbitrary<ButtonsReply> ButtonsReplies() =>
        (from count in Gen.Choose(WhatsAppLimits.MinButtons, WhatsAppLimits.MaxButtons)
         from titles in Gen.ListOf(VisibleText, count)
         from idPadding in Gen.Choose(0, WhatsAppLimits.ButtonId - 8)
         from body in VisibleText
         from header in OptionalText
         from footer in OptionalText
         select new ButtonsReply(
             body,
             // A distinct leading number keeps titles distinct after shortening, as a real menu's would be.
             titles.Select((title, i) => new ReplyButton($"btn:{i}:" + new string('x', idPadding), $"{i + 1}. {title}")).ToList())
         { Header = header, Footer = footer })
        .ToArbitrary();

    private static readonly Gen<(string Title, string? Description, int IdPadding)> Row =
        from title in VisibleText
        from description in OptionalText
        from idPadding in Gen.Choose(0, WhatsAppLimits.RowId - 8)
        select (title, description, idPadding);

    private static List<ListSection> Sections(IEnumerable<(string Title, string? Description, int IdPadding)> rows, IEnumerable<int> cuts, IEnumerable<string> titles)
    {
        var rowList = rows.Select((row, i) => new ListRow($"row:{i}:" + new string('x', row.IdPadding), row.Title, row.Description)).ToList();
        var bounds = cuts.Order().Prepend(0).Append(rowList.Count).ToList();
        return titles
            .Select((title, s) => new ListSection(title, rowList[bounds[s]..bounds[s + 1]]))
            .ToList();
    }
}
