using System.Text;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Conversations.Vocabulary;

/// <summary>How the conversation and its forms read what a citizen typed.</summary>
internal static class Typed
{
    /// <summary>The typed words, or null when the message is not a typed text (a tap, a photo, a location…).</summary>
    public static string? Text(InboundMessage message) =>
        message.Kind == InboundKind.Text && !string.IsNullOrWhiteSpace(message.Text) ? message.Text.Trim() : null;

    /// <summary>
    /// Drops white space and the given separators, and turns every decimal digit (Telugu's U+0C66–U+0C6F too, which
    /// a Telugu keyboard types) into its ASCII digit, so "\u0C6F\u0C6E\u0C6D 654-3210" reads as "9876543210".
    /// </summary>
    public static string Compact(string text, string separators)
    {
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || separators.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            compact.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c);
        }

        return compact.ToString();
    }

    /// <summary>Trims, folds runs of white space and drops trailing punctuation ("Hi!" is "hi").</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?', ',', '\u0964');

    /// <summary>How a typed answer is compared with the labels of choices: normalized, without spaces, in lower case.</summary>
    public static string Key(string text) => Compact(Normalize(text), "").ToLowerInvariant();

    public static bool AllDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
