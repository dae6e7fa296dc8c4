using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ManaMitra.Conversations.Vocabulary;

/// <summary>
/// What a search keeps of what the citizen typed, how much of it a reply quotes back, and what catalog editors see of
/// it when it found nothing. A WhatsApp text may be 4,096 characters; the session keeps the search on its screen, and
/// a reply that echoes a whole paragraph buries its answer.
/// </summary>
public static partial class SearchQuery
{
    /// <summary>Enough for any sentence naming a service; the rest is not searched or kept.</summary>
    public const int MaxKept = 200;

    /// <summary>A few words: the citizen sees which message was meant.</summary>
    public const int MaxQuoted = 40;

    /// <summary>A few words: enough to see which synonym the catalog lacks, too few to carry a citizen's story.</summary>
    public const int MaxMasked = 40;

    public static string Kept(string typed) => Cut(typed, MaxKept);

    public static string Quoted(string query) => Cut(query, MaxQuoted);

    /// <summary>
    /// A search's words as the dashboard shows them to catalog editors: every number (a reference, a phone or Aadhaar
    /// number, in any script's digits and however it is spaced) one <c>#</c>, an e-mail address one <c>@</c>, lower
    /// case, white space folded, a few words. Numbers and addresses name a citizen and never a missing synonym; masked
    /// alike, "lost card 1234" and "lost card 5678" count as one row.
    /// </summary>
    public static string Masked(string query)
    {
        var masked = Number().Replace(EmailAddress().Replace(query, "@"), "#").ToLowerInvariant();
        return Cut(string.Join(' ', masked.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), MaxMasked);
    }

    // By whole characters as people see them (Telugu letters carry combining signs), at the last space when there is
    // one, with an ellipsis saying there was more.
    private static string Cut(string text, int max)
    {
        var letters = StringInfo.GetTextElementEnumerator(text);
        var kept = new StringBuilder();
        var count = 0;
        while (letters.MoveNext())
        {
            if (++count > max)
            {
                var cut = kept.ToString();
                var space = cut.LastIndexOf(' ');
                var atWordEnd = string.IsNullOrWhiteSpace(letters.GetTextElement());
                return (atWordEnd || space <= max / 2 ? cut : cut[..space]).TrimEnd() + "…";
            }

            kept.Append(letters.GetTextElement());
        }

        return text;
    }

    // \d is any decimal digit (Telugu's too); digit groups joined by spaces, dots, hyphens or slashes are one number
    // ("2341 2341 2346", "98765-43210", "12/05/2024").
    [GeneratedRegex(@"\d+(?:[\s./-]+\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex EmailAddress();
}
