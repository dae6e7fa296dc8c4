using System.Globalization;
using System.Text;

namespace ManaMitra.Conversations.Search;

/// <summary>Splits text into lower-cased words in any script: letters and digits, Telugu vowel signs kept on their letters.</summary>
public static class SearchTokens
{
    public static IEnumerable<string> Of(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (category == UnicodeCategory.Format)
            {
                // Zero-width (non-)joiners shape Telugu conjuncts inside one word ("ఆన్‌లైన్"); they never separate words.
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>
    /// One spelling for a Telugu word whatever its last sound is written as: "పింఛను" and "పింఛన్", "కరెంటు" and
    /// "కరెంట్" are the same word, written with a final u or a virama.
    /// </summary>
    public static string Folded(string word) =>
        word.Length > 2 && word[^1] is Telugu.VowelSignU or Telugu.Virama ? word[..^1] : word;

    private static class Telugu
    {
        public const char VowelSignU = '\u0C41';
        public const char Virama = '\u0C4D';
    }
}
