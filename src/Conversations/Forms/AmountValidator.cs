using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Rupees as citizens write them: "₹1,20,000", "Rs. 120000/-", "120000.50", "1.2 lakh", "2 crore", and the same
/// words in every offered language (<c>amounts.*</c> of the language files: "5 thousand" in Telugu is 5000 too).
/// Commas are dropped wherever they sit (Indian and Western grouping both occur). A text that is not a number and
/// a unit may be the number in words ("two lakh fifty thousand", "ఒక లక్ష యాభై వేలు"): <see cref="AmountInWords"/>
/// reads those. Positive, at most ₹10 crore, at most two decimals (paise), however written. Normalised to plain
/// rupees ("120000.5"); shown back in Indian grouping.
/// </summary>
public sealed partial class AmountValidator : IFieldValidator
{
    public static readonly decimal Maximum = 10m * Crore;

    internal const decimal Lakh = 100_000m;
    internal const decimal Crore = 10_000_000m;

    // Signs, not words: every language writes them alike.
    internal static readonly string[] Symbols = ["₹", "/-"];

    private readonly FormText _reasons;

    private readonly AmountInWords _inWords;

    // Longest first: taking "rs" out of "rs." would leave a stray dot.
    private readonly string[] _currencyMarks;

    private readonly Dictionary<string, decimal> _units = new(StringComparer.Ordinal) { [""] = 1m };

    public AmountValidator(FormText reasons, AmountWords words)
    {
        _reasons = reasons;
        _inWords = new AmountInWords(words);
        _currencyMarks = [.. Symbols.Concat(words.Currency.All.Select(w => w.ToLowerInvariant())).Distinct().OrderByDescending(m => m.Length)];
        foreach (var (list, multiplier) in new[] { (words.Thousand, 1_000m), (words.Lakh, Lakh), (words.Crore, Crore) })
        {
            foreach (var word in list.All)
            {
                // The language files were checked: no word is two units.
                _units.TryAdd(word.ToLowerInvariant(), multiplier);
            }
        }
    }

    [GeneratedRegex(@"^(?<sign>-?)(?<number>\d[\d,]*(?:\.\d+)?|\.\d+)(?<unit>\D*)$")]
    private static partial Regex Shape();

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is not { } text || (InDigits(text) ?? _inWords.Read(text)) is not { } rupees)
        {
            return new Rejected(_reasons.AmountType);
        }

        if (rupees <= 0)
        {
            return new Rejected(_reasons.AmountNotPositive);
        }

        if (rupees > Maximum)
        {
            return new Rejected(_reasons.AmountTooLarge);
        }

        return decimal.Round(rupees, 2) != rupees
            ? new Rejected(_reasons.AmountPaise)
            : new Accepted(rupees.ToString("0.##", CultureInfo.InvariantCulture), Rupees.Format(rupees));
    }

    // A number and at most one unit, signed ("-500" is refused as not positive, not as not understood); null when
    // the text is not that shape, and may be words (AmountInWords).
    private decimal? InDigits(string text)
    {
        if (Shape().Match(WithoutCurrency(Typed.Compact(text.ToLowerInvariant(), ""))) is not { Success: true } match
            || !_units.TryGetValue(match.Groups["unit"].Value, out var unit)
            || !decimal.TryParse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return match.Groups["sign"].Value == "-" ? -number * unit : number * unit;
    }

    private string WithoutCurrency(string compact)
    {
        foreach (var mark in _currencyMarks)
        {
            compact = compact.Replace(mark, "", StringComparison.Ordinal);
        }

        return compact;
    }
}
