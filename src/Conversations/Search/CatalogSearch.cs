using ManaMitra.Catalog;

namespace ManaMitra.Conversations.Search;

/// <summary>
/// Finds services from what a citizen types — a keyword or a whole sentence, in English, Telugu script or Telugu in
/// English letters, misspelt — by BM25 over each service's names, keywords, description and department: a word
/// that tells services apart ("income") counts for more than one many share ("certificate"), a word the catalog
/// never uses ("daughter") counts for nothing, and filler and synonyms are read through <see cref="SearchAnalyzer"/>.
/// A typed word the catalog does not know is looked up by sound (Telugu script and English letters alike), as the
/// start of a longer word, and one or two typos away.
/// </summary>
public sealed class CatalogSearch
{
    private readonly SearchAnalyzer _analyzer;
    private readonly List<Entry> _entries;
    private readonly Dictionary<string, Posting[]> _postings;
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, List<string>> _bySound;
    private readonly string[] _vocabulary;
    private readonly Dictionary<int, string[]> _byLength;

    public CatalogSearch(ServiceCatalog catalog)
    {
        var services = catalog.Departments.SelectMany(d => d.Services.Select(s => (Department: d, Service: s))).ToList();
        _analyzer = new SearchAnalyzer(catalog.Search, services.SelectMany(p => Fields(p.Department, p.Service)).Select(f => f.Text));
        _entries = [.. services.Select(p => new Entry(p.Department, p.Service,
            [.. p.Service.Name.Entries.Select(n => _analyzer.Terms(n.Value).ToHashSet(StringComparer.Ordinal))]))];

        var frequencies = services.Select(p => TermFrequencies(p.Department, p.Service)).ToList();
        var averageLength = frequencies.Average(f => f.Length);
        var documentFrequency = frequencies.SelectMany(f => f.Terms.Keys).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log(1 + ((_entries.Count - p.Value + 0.5) / (p.Value + 0.5))), StringComparer.Ordinal);
        _postings = frequencies
            .SelectMany((f, service) => f.Terms.Select(t => (Term: t.Key, Posting: new Posting(service, _idf[t.Key] * Saturated(t.Value, f.Length, averageLength)))))
            .GroupBy(p => p.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Posting).ToArray(), StringComparer.Ordinal);
        _vocabulary = [.. _postings.Keys.Order(StringComparer.Ordinal)];
        _byLength = _vocabulary.GroupBy(t => t.Length).ToDictionary(g => g.Key, g => g.ToArray());
        _bySound = _vocabulary.Select(t => (Term: t, Key: PhoneticKey.Of(t))).Where(p => p.Key is not null)
            .GroupBy(p => p.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Term).ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<SearchHit> Find(string query, int limit)
    {
        var terms = _analyzer.Terms(query).Distinct(StringComparer.Ordinal).ToList();
        var scores = new double[_entries.Count];
        var matched = new double[_entries.Count];
        var best = new double[_entries.Count];
        foreach (var term in terms)
        {
            var near = Near(term);
            if (near.Count == 0)
            {
                // A word no service uses, in any spelling: it says nothing about which service is meant.
                continue;
            }

            var weight = near.Max(n => n.Closeness * _idf[n.Term]);
            Array.Clear(best);
            foreach (var (candidate, closeness) in near)
            {
                foreach (var posting in _postings[candidate])
                {
                    best[posting.Service] = Math.Max(best[posting.Service], closeness * posting.Score);
                }
            }

            for (var i = 0; i < best.Length; i++)
            {
                if (best[i] > 0)
                {
                    scores[i] += best[i];
                    matched[i] += weight;
                }
            }
        }

        var typed = terms.ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, _entries.Count)
            .Where(i => matched[i] >= MinimumEvidence)
            .Select(i => (Entry: _entries[i], Score: scores[i] * (1 + (NameWeight * NameCloseness(typed, _entries[i].Names)))))
            // Many services share the words of a query ("water tax" is a municipal and a panchayat service): a service
            // scores more the more nearly the query is its own name, and of equal scores the shorter name comes first.
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entry.Service.Name.Fallback.Length)
            .ThenBy(h => h.Entry.Service.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => new SearchHit(h.Entry.Department, h.Entry.Service, h.Score))
            .ToList();
    }

    // What a service must share with the query, in inverse document frequency: one word only a few services use, or
    // several common ones. Below it, a long sentence's stray word ("month", "village") would list unrelated services.
    private const double MinimumEvidence = 1.0;

    private const double NameWeight = 0.5;

    // BM25's term-frequency saturation and length normalisation, with its usual constants.
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static double Saturated(double frequency, double length, double averageLength) =>
        frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / averageLength))));

    /// <summary>How nearly the query is the service's name (in any of its languages): shared terms over all terms.</summary>
    private static double NameCloseness(HashSet<string> query, IReadOnlyList<HashSet<string>> names) =>
        names.Max(name => name.Count == 0 ? 0 : (double)name.Count(query.Contains) / (name.Count + query.Count(w => !name.Contains(w))));

    /// <summary>The catalog terms a typed term stands for, with how nearly: itself, or — for a word the catalog does not use — its sound, a word it starts, a typo.</summary>
    private List<(string Term, double Closeness)> Near(string term)
    {
        if (_postings.ContainsKey(term))
        {
            return [(term, 1)];
        }

        if (!term.Any(char.IsLetter))
        {
            // A number is a reference or an amount: "0000" is not a typo of "1000".
            return [];
        }

        var near = new Dictionary<string, double>(StringComparer.Ordinal);
        void Offer(string candidate, double closeness) => near[candidate] = Math.Max(near.GetValueOrDefault(candidate), closeness);

        if (PhoneticKey.Of(term) is { } key && _bySound.TryGetValue(key, out var sounds))
        {
            foreach (var candidate in sounds)
            {
                Offer(candidate, SoundsAlike);
            }
        }

        // A word it starts ("cert"): the words sorted, so they sit together.
        var first = Array.BinarySearch(_vocabulary, term, StringComparer.Ordinal);
        for (var i = first < 0 ? ~first : first; term.Length >= 3 && i < _vocabulary.Length && _vocabulary[i].StartsWith(term, StringComparison.Ordinal); i++)
        {
            Offer(_vocabulary[i], 0.8);
        }

        // An inflection the suffix list lacks ("వీధిలోని", "hostels"): a catalog word the typed one starts with.
        for (var length = 4; length < term.Length; length++)
        {
            if (_postings.ContainsKey(term[..length]))
            {
                Offer(term[..length], 0.7);
            }
        }

        // A typo or two: only words of about the same length, sharing the first or second letter (a typo rarely
        // changes both), are worth an edit distance.
        for (var length = Math.Max(1, term.Length - 2); term.Length >= 4 && length <= term.Length + 2; length++)
        {
            foreach (var candidate in _byLength.GetValueOrDefault(length, []))
            {
                if ((candidate[0] == term[0] || candidate[1] == term[1]) && Distance.Levenshtein(term, candidate, 2) is var distance
                    && distance <= (term.Length >= 7 ? 2 : 1))
                {
                    Offer(candidate, distance == 1 ? 0.75 : 0.6);
                }
            }
        }

        return [.. near.Select(p => (p.Key, p.Value))];
    }

    private const double SoundsAlike = 0.7;

    // Field weights: a service's name says most about it, then the words citizens use for it, then its description;
    // its department's name is shared by all its services.
    private IEnumerable<(string Text, double Weight)> Fields(Department d, Service s) =>
    [
        .. s.Name.Entries.Select(n => (n.Value, 3.0)),
        .. s.Keywords.Select(k => (k, 2.0)),
        .. s.Description.Entries.Select(n => (n.Value, 1.0)),
        .. d.Name.Entries.Select(n => (n.Value, 1.0)),
    ];

    private (Dictionary<string, double> Terms, double Length) TermFrequencies(Department d, Service s)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        double length = 0;
        foreach (var (text, weight) in Fields(d, s))
        {
            foreach (var term in _analyzer.Terms(text))
            {
                terms[term] = terms.GetValueOrDefault(term) + weight;
                length += weight;
            }
        }

        return (terms, length);
    }

    private sealed record Entry(Department Department, Service Service, IReadOnlyList<HashSet<string>> Names);

    private readonly record struct Posting(int Service, double Score);
}

public sealed record SearchHit(Department Department, Service Service, double Score);
