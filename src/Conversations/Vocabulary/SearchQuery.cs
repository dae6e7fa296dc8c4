using System.Globalization;
using System.Text;

namespace ManaMitra.Conversations.Vocabulary;

/// <summary>
/// What a search keeps of what the citizen typed, and how much of it a reply quotes back. A WhatsApp text may be
/// 4,096 characters; the session keeps the search on its screen, and a reply that echoes a whole paragraph buries
/// its answer.
/// </summary>
public static class SearchQuery
{
    /// <summary>Enough for any sentence naming a service; the rest is not searched or kept.</summary>
    public const int MaxKept = 200;

    /// <summary>A few words: the citizen sees which message was meant.</summary>
    public const int MaxQuoted = 40;

    public static string Kept(string typed) => Cut(typed, MaxKept);

    public static string Quoted(string query) => Cut(query, MaxQuoted);

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
}
