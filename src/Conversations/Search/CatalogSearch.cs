using System.Globalization;
using System.Text;
using ManaMitra.Catalog;

namespace ManaMitra.Conversations.Search;

/// <summary>
/// Finds services from what a citizen types: names in every language the catalog gives them, and keywords (English,
/// Telugu script, Telugu in English letters), forgiving small typos. Words that occur in many services ("certificate") count for less than rare ones
/// ("income"), so the word that tells services apart decides.
/// </summary>
public sealed class CatalogSearch
{
    private readonly List<Entry> _entries;
    private readonly Dictionary<string, double> _weights;
    private readonly string[] _vocabulary;

    public CatalogSearch(ServiceCatalog catalog)
    {
        _entries = catalog.Departments
            .SelectMany(d => d.Services.Select(s => new Entry(d, s, Tokens(Corpus(d, s)).ToHashSet(StringComparer.Ordinal),
                s.Name.Entries.Select(n => Tokens(n.Value).ToHashSet(StringComparer.Ordinal)).ToList())))
            .ToList();
        var documentFrequency = _entries.SelectMany(e => e.Words).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _weights = documentFrequency.ToDictionary(p => p.Key, p => Math.Log(1 + (double)_entries.Count / p.Value), StringComparer.Ordinal);
        _vocabulary = [.. documentFrequency.Keys];
    }

    public IReadOnlyList<SearchHit> Find(string query, int limit)
    {
        var words = Tokens(query).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var typed = words.ToHashSet(StringComparer.Ordinal);
        // Services share most of their words, so each typed word is compared with each distinct catalog word once
        // per query, not once per service that uses it: the fuzzy matching was most of a search's CPU.
        var near = words.Select(NearWords).ToList();
        return _entries
            .Select(e => (Hit: new SearchHit(e.Department, e.Service, Score(words, near, e.Words)), Closeness: NameCloseness(typed, e.Names)))
            .Where(h => h.Hit.Score >= MinimumScore)
            // Many services share the words of a query ("water tax" is a municipal and a panchayat service); the one
            // whose own name is closest to what was typed comes first, then the shorter name.
            .OrderByDescending(h => h.Hit.Score + (NameWeight * h.Closeness))
            .ThenBy(h => h.Hit.Service.Name.Fallback.Length)
            .ThenBy(h => h.Hit.Service.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => h.Hit)
            .ToList();
    }

    private const double NameWeight = 0.3;

    /// <summary>How nearly the query is the service's name (in any of its languages): shared words over all words.</summary>
    private static double NameCloseness(HashSet<string> query, IReadOnlyList<HashSet<string>> names) =>
        names.Max(name => name.Count == 0 ? 0 : (double)name.Count(query.Contains) / (name.Count + query.Count(w => !name.Contains(w))));

    // Half the query's weight must match: "income" alone finds the income certificate, "the" alone finds nothing.
    private const double MinimumScore = 0.5;

    private double Score(List<string> query, List<List<(string Word, double Score)>> near, HashSet<string> words)
    {
        double matched = 0, total = 0;
        for (var i = 0; i < query.Count; i++)
        {
            var weight = WeightOf(query[i]);
            total += weight;
            matched += weight * BestMatch(query[i], near[i], words);
        }

        return total == 0 ? 0 : matched / total;
    }

    // A word the catalog never uses still counts, so "xyz certificate" does not look like a perfect "certificate".
    private double WeightOf(string word) =>
        _weights.TryGetValue(word, out var weight) ? weight : Math.Log(1 + _entries.Count);

    private static double BestMatch(string word, List<(string Word, double Score)> near, HashSet<string> words)
    {
        if (words.Contains(word))
        {
            return 1;
        }

        double best = 0;
        foreach (var (candidate, score) in near)
        {
            if (score > best && words.Contains(candidate))
            {
                best = score;
            }
        }

        return best;
    }

    /// <summary>The catalog words a typed word nearly matches (a prefix of them, or a typo away), with how nearly.</summary>
    private List<(string Word, double Score)> NearWords(string word)
    {
        var near = new List<(string, double)>();
        foreach (var candidate in _vocabulary)
        {
            if (word.Length >= 3 && candidate.StartsWith(word, StringComparison.Ordinal))
            {
                near.Add((candidate, 0.8));
            }
            else if (Math.Abs(candidate.Length - word.Length) <= 2 && word.Length >= 4)
            {
                var distance = Distance.Levenshtein(word, candidate, 2);
                var allowed = word.Length >= 7 ? 2 : 1;
                if (distance <= allowed)
                {
                    near.Add((candidate, distance == 1 ? 0.75 : 0.6));
                }
            }
        }

        return near;
    }

    private static string Corpus(Department d, Service s) =>
        string.Join(' ', [.. s.Name.Entries.Select(n => n.Value), .. d.Name.Entries.Select(n => n.Value), .. s.Keywords]);

    /// <summary>Lower-cased words, punctuation removed; Telugu marks stay attached to their letters.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(char.ToLowerInvariant(c));
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

    private sealed record Entry(Department Department, Service Service, HashSet<string> Words, IReadOnlyList<HashSet<string>> Names);
}

public sealed record SearchHit(Department Department, Service Service, double Score);
