using ManaMitra.Catalog;

namespace ManaMitra.Conversations.Search;

/// <summary>
/// Turns text into search terms, the same way for the catalog's words and for what a citizen types: filler words
/// dropped, a word's inflected form read as the catalog's form ("కార్డుకు" as "కార్డు", "certificates" as
/// "certificate"), and synonyms read as the first word of their group ("current", "కరెంటు" and "power" all as
/// "electricity"), so a sentence is scored by the words that name a need.
/// </summary>
public sealed class SearchAnalyzer
{
    // Longest synonym phrase, in words ("rice card", "వీధి దీపం").
    private readonly int _longestPhrase;
    private readonly Dictionary<string, string[]> _synonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stopWords;
    private readonly IReadOnlyList<string> _suffixes;
    private readonly HashSet<string> _known;

    /// <param name="knownTexts">The catalog's own texts: an ending is taken off a word only when that leaves a word they use.</param>
    public SearchAnalyzer(SearchVocabulary vocabulary, IEnumerable<string> knownTexts)
    {
        _stopWords = vocabulary.StopWords.Select(SearchTokens.Folded).ToHashSet(StringComparer.Ordinal);
        _suffixes = vocabulary.Suffixes;
        _known = knownTexts.SelectMany(SearchTokens.Of).Select(SearchTokens.Folded).ToHashSet(StringComparer.Ordinal);
        var members = vocabulary.Synonyms.SelectMany(g => g).SelectMany(SearchTokens.Of).Select(SearchTokens.Folded);
        _known.UnionWith(members);
        foreach (var group in vocabulary.Synonyms)
        {
            var canonical = Stems(group[0]).ToArray();
            foreach (var member in group)
            {
                var phrase = Stems(member).ToArray();
                _synonyms[string.Join(' ', phrase)] = canonical;
                _longestPhrase = Math.Max(_longestPhrase, phrase.Length);
            }
        }
    }

    /// <summary>The terms of a text, in order, repeats kept (a service's name counts its words).</summary>
    public List<string> Terms(string text)
    {
        var words = Stems(text).ToList();
        var terms = new List<string>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var taken = 0;
            for (var length = Math.Min(_longestPhrase, words.Count - i); length >= 1 && taken == 0; length--)
            {
                if (_synonyms.TryGetValue(string.Join(' ', words.Skip(i).Take(length)), out var canonical))
                {
                    terms.AddRange(canonical);
                    taken = length;
                }
            }

            if (taken == 0)
            {
                terms.Add(words[i]);
                taken = 1;
            }

            i += taken;
        }

        return terms;
    }

    // Filler goes before synonyms are read, in the synonyms as in the text: "power of attorney" is "power attorney".
    private IEnumerable<string> Stems(string text) =>
        SearchTokens.Of(text).Where(w => !_stopWords.Contains(SearchTokens.Folded(w))).Select(Stem);

    // Endings are taken off only when what remains is a word the catalog uses: a general stemmer would cut
    // "పింఛను" (pension) to "పింఛ" as if its "ను" were the accusative ending.
    private string Stem(string word)
    {
        var folded = SearchTokens.Folded(word);
        if (_known.Contains(folded))
        {
            return folded;
        }

        foreach (var suffix in _suffixes)
        {
            if (word.Length - suffix.Length >= 2 && word.EndsWith(suffix, StringComparison.Ordinal)
                && SearchTokens.Folded(word[..^suffix.Length]) is var stem && _known.Contains(stem))
            {
                return stem;
            }
        }

        return folded;
    }
}
