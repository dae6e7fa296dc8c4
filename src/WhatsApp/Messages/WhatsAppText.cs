using System.Globalization;

namespace ManaMitra.WhatsApp.Messages;

/// <summary>Shortens text to a WhatsApp field limit without breaking what the citizen reads.</summary>
public static class WhatsAppText
{
    public const string Ellipsis = "…";

    /// <summary>Telugu virama (halant): a cut right after it would leave half of a conjunct such as ksha (U+0C15 U+0C4D U+0C37).</summary>
    private const char TeluguVirama = '\u0C4D';

    private const char ZeroWidthJoiner = '\u200D';

    private const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>
    /// How much of the allowed length a word-boundary cut may give up: beyond this a mid-word cut reads better
    /// than a message that stops far short of what it could say.
    /// </summary>
    private const double WordBoundaryWindow = 0.3;

    /// <summary>
    /// Lengths are UTF-16 code units (<see cref="string.Length"/>). Meta does not say whether it counts code
    /// units, code points or user-perceived characters; code units are never fewer than either of the others,
    /// so a text that fits by this measure fits by every one of them.
    /// </summary>
    public static int Length(string text) => text.Length;

    /// <summary>
    /// Returns <paramref name="text"/> unchanged when it fits in <paramref name="maxLength"/>; otherwise a prefix
    /// of it followed by <see cref="Ellipsis"/>, together no longer than <paramref name="maxLength"/>. The prefix
    /// ends on an extended grapheme cluster boundary, never right after a virama or a ZWJ/ZWNJ (so a Telugu
    /// aksharam stays whole or goes whole, whichever Unicode version the runtime segments by), never in
    /// whitespace, and at a word boundary when one lies in the last 30% of the room.
    /// </summary>
    public static string Fit(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, Ellipsis.Length);
        if (Length(text) <= maxLength)
        {
            return text;
        }

        var room = maxLength - Ellipsis.Length;
        var lastCut = 0;
        var lastWordCut = 0;
        foreach (var boundary in ClusterBoundaries(text))
        {
            if (boundary > room)
            {
                break;
            }

            if (IsClean(text, boundary))
            {
                lastCut = boundary;
                if (boundary < text.Length && char.IsWhiteSpace(text[boundary]))
                {
                    lastWordCut = boundary;
                }
            }
        }

        var cut = lastWordCut >= room * (1 - WordBoundaryWindow) ? lastWordCut : lastCut;
        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }

    /// <summary>The end offsets of the extended grapheme clusters of <paramref name="text"/>, in order.</summary>
    private static IEnumerable<int> ClusterBoundaries(string text)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        for (var i = 1; i < starts.Length; i++)
        {
            yield return starts[i];
        }

        if (text.Length > 0)
        {
            yield return text.Length;
        }
    }

    /// <summary>Whether <paramref name="text"/> may end just before <paramref name="offset"/>.</summary>
    private static bool IsClean(string text, int offset)
    {
        var last = text[offset - 1];
        return !char.IsWhiteSpace(last) && !IsJoining(last);
    }

    /// <summary>Characters that bind the next character to this one: ending on them shows a broken syllable or emoji.</summary>
    private static bool IsJoining(char c) => c is TeluguVirama or ZeroWidthJoiner or ZeroWidthNonJoiner;
}
