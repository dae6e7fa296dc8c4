using System.Globalization;
using System.Text;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// The grammar of an amount written in number words, alone or mixed with digits: "two lakh fifty thousand",
/// "twelve thousand five hundred", "ఒక లక్ష యాభై వేలు", "rendu lakshalu", "2 lakh 50 thousand". The words are the
/// language files' (<c>amounts.*</c>, any offered language, mixed as citizens mix them); this only composes them.
/// An amount is groups from the largest unit down, crore, then lakh, then thousand, then what is left below a
/// thousand, each a count of its unit ("fifty thousand", "ఇరవై వేలు"); a count is a number below a hundred
/// ("twenty five", digits), with hundreds before it if any ("five hundred and six", "fifteen hundred").
/// Anything else (a word it does not know, units out of order, a count as large as the unit before it) is no
/// amount: it reads what was meant or nothing, never a guess.
/// </summary>
internal sealed class AmountInWords
{
    private readonly Dictionary<string, Word> _words = new(StringComparer.Ordinal);

    public AmountInWords(AmountWords words)
    {
        LocalizedWords[] belowTwenty =
        [
            words.Zero, words.One, words.Two, words.Three, words.Four, words.Five, words.Six, words.Seven, words.Eight, words.Nine, words.Ten,
            words.Eleven, words.Twelve, words.Thirteen, words.Fourteen, words.Fifteen, words.Sixteen, words.Seventeen, words.Eighteen, words.Nineteen,
        ];
        LocalizedWords[] tens = [words.Twenty, words.Thirty, words.Forty, words.Fifty, words.Sixty, words.Seventy, words.Eighty, words.Ninety];
        var meanings = belowTwenty.Select((list, n) => (list, Kind: n switch { 0 => Kind.Zero, < 10 => Kind.Ones, _ => Kind.Teens }, Value: (decimal)n))
            .Concat(tens.Select((list, i) => (list, Kind: Kind.Tens, Value: 20m + (10 * i))))
            .Append((words.Hundred, Kind.Hundred, 100m))
            .Append((words.Thousand, Kind.Unit, 1_000m))
            .Append((words.Lakh, Kind.Unit, AmountValidator.Lakh))
            .Append((words.Crore, Kind.Unit, AmountValidator.Crore))
            .Append((words.And, Kind.And, 0m))
            .Append((words.Article, Kind.Article, 1m))
            .Append((words.Currency, Kind.Currency, 0m));
        foreach (var (list, kind, value) in meanings)
        {
            foreach (var word in list.All)
            {
                // The language files were checked: no word means two things. A one- or two-letter word ("k", "l",
                // "cr") is an abbreviation: it needs a number before it, since alone it is likelier a typo than "one lakh".
                var key = Folded(word);
                _words.TryAdd(key, new Word(kind, value, Spelled: key.Length > 2));
            }
        }
    }

    private enum Kind
    {
        Digits,
        Zero,
        Ones,
        Teens,
        Tens,
        Hundred,
        Unit,
        And,
        Article,
        Currency,
    }

    /// <summary>The rupees the words say (zero and negative included, for the validator to refuse), or null when they say no one number.</summary>
    public decimal? Read(string text)
    {
        if (Words(text) is not { Count: > 0 } words)
        {
            return null;
        }

        // Zero only alone: "zero rupees" is an amount, refused as not positive; "zero lakh five" is no amount.
        return words is [{ Kind: Kind.Zero }] ? 0 : new Parser(words).Amount();
    }

    // Lower case and one Unicode form: a Telugu vowel sign may be typed as one code point or two (U+0C48 is U+0C46 U+0C56).
    private static string Folded(string text) => text.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>The known words and numbers in order, currency words dropped; null when any word is unknown.</summary>
    private List<Word>? Words(string text)
    {
        var words = new List<Word>();
        foreach (var piece in Pieces(text))
        {
            if (char.IsAsciiDigit(piece[0]))
            {
                if (!decimal.TryParse(piece, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return null;
                }

                words.Add(new Word(Kind.Digits, number, Spelled: false));
                continue;
            }

            // "rs." keeps its dot; "lakh." at the end of a sentence loses it; a lone full stop is no word.
            var bare = piece.TrimEnd('.', '!', '?', '\u0964');
            if (_words.TryGetValue(piece, out var word) || _words.TryGetValue(bare, out word))
            {
                if (word.Kind != Kind.Currency)
                {
                    words.Add(word);
                }
            }
            else if (bare.Length > 0)
            {
                return null;
            }
        }

        return words;
    }

    /// <summary>
    /// Splits the text into numbers ("2.5", "250000" from "2,50,000", any script's digits made ASCII) and words, which
    /// meet without a space as often as with one ("2lakh", "rs.500"). A hyphen joins words ("twenty-five") and is
    /// otherwise kept, so "-2 lakh" is not read as two lakh.
    /// </summary>
    private static List<string> Pieces(string text)
    {
        text = Folded(text);
        foreach (var symbol in AmountValidator.Symbols)
        {
            text = text.Replace(symbol, " ", StringComparison.Ordinal);
        }

        var pieces = new List<string>();
        var piece = new StringBuilder();
        var inNumber = false;
        void Close()
        {
            if (piece.Length > 0)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var nextIsDigit = i + 1 < text.Length && char.IsDigit(text[i + 1]);
            if (char.IsDigit(c))
            {
                if (!inNumber)
                {
                    Close();
                }

                inNumber = true;
                piece.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
            else if (c == '.' && nextIsDigit && piece.Length == 0)
            {
                // ".5 lakh"; but "rs.500" keeps its dot with the word before it.
                inNumber = true;
                piece.Append("0.");
            }
            else if (inNumber && nextIsDigit && (c is ',' or '.'))
            {
                // Grouping commas (Indian or Western) go; a decimal point stays.
                if (c == '.')
                {
                    piece.Append(c);
                }
            }
            else if (char.IsWhiteSpace(c) || c == ',' || (c == '-' && i > 0 && InWord(text[i - 1]) && i + 1 < text.Length && InWord(text[i + 1])))
            {
                Close();
                inNumber = false;
            }
            else
            {
                if (inNumber)
                {
                    Close();
                }

                inNumber = false;
                piece.Append(c);
            }
        }

        Close();
        return pieces;
    }

    // Telugu vowel signs are marks, not letters, but are as much a part of the word.
    private static bool InWord(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private readonly record struct Word(Kind Kind, decimal Value, bool Spelled);

    /// <summary>Reads the words once, left to right; any step that does not fit makes the whole no amount.</summary>
    private sealed class Parser(List<Word> words)
    {
        private int _next;

        private Word? Peek => _next < words.Count ? words[_next] : null;

        public decimal? Amount()
        {
            var total = 0m;
            decimal? above = null;
            while (_next < words.Count)
            {
                if (!Count(out var count, out var hundreds))
                {
                    return null;
                }

                if (Peek is { Kind: Kind.Unit } unit)
                {
                    _next++;
                    var group = (count ?? (unit.Spelled ? 1 : (decimal?)null)) * unit.Value;
                    // Each group is smaller than one of the unit before it: "two lakh fifty thousand", never
                    // "fifty thousand two lakh" or "two lakh 150 thousand".
                    if (group is not { } value || (above is { } largest && (unit.Value >= largest || value >= largest)))
                    {
                        return null;
                    }

                    total += value;
                    above = unit.Value;
                    SkipAnd();
                    continue;
                }

                // What is left below the last unit ends the amount. "two lakh fifty" is refused: 2,00,050 or
                // 2,50,000 (as "two fifty" is 250)? A tail of hundreds ("two lakh five hundred") is unambiguous.
                if (count is not { } tail || _next < words.Count
                    || (above is { } last && (tail >= last || (last >= AmountValidator.Lakh && tail < 100 && !hundreds))))
                {
                    return null;
                }

                return total + tail;
            }

            return above is null ? null : total;
        }

        /// <summary>
        /// A count below a thousand: "twenty five", "2.5", "five hundred and six", "fifteen hundred", "a hundred",
        /// "hundred". False when the words start one but do not finish it; a null count when none starts here.
        /// </summary>
        private bool Count(out decimal? count, out bool hundreds)
        {
            hundreds = false;
            count = BelowHundred();
            if (Peek is not { Kind: Kind.Hundred })
            {
                // "a" counts only a unit: "a lakh", never "a" alone.
                return count is null || words[_next - 1].Kind != Kind.Article || Peek is { Kind: Kind.Unit };
            }

            _next++;
            if (count >= 100)
            {
                return false;
            }

            hundreds = true;
            SkipAnd();
            var rest = BelowHundred();
            count = ((count ?? 1) * 100) + (rest ?? 0);
            return (rest is null or < 100m) && Peek is not { Kind: Kind.Hundred };
        }

        // A number below a hundred: digits (any size: "250 thousand"), a word, or tens and ones ("twenty five", "ఇరవై ఐదు").
        private decimal? BelowHundred()
        {
            switch (Peek)
            {
                case { Kind: Kind.Tens } tens:
                    _next++;
                    if (Peek is { Kind: Kind.Ones } ones)
                    {
                        _next++;
                        return tens.Value + ones.Value;
                    }

                    return tens.Value;
                case { Kind: Kind.Digits or Kind.Ones or Kind.Teens or Kind.Article } number:
                    _next++;
                    return number.Value;
                default:
                    return null;
            }
        }

        // "and" only between two parts: "one lakh and fifty thousand", "five hundred and six", never at the end.
        private void SkipAnd()
        {
            if (Peek is { Kind: Kind.And } && _next + 1 < words.Count)
            {
                _next++;
            }
        }
    }
}
