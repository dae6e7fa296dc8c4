namespace ManaMitra.Interfaces.Dashboard;

/// <summary>
/// Searches that found nothing, by their masked words, for catalog editors looking for the synonyms the catalog lacks.
/// Bounded to <see cref="MaxWords"/> distinct words whatever citizens type: past it, the words searched least (of
/// those, the longest unseen) give up their place and count on as <see cref="Other"/>. A flood of random text churns
/// among itself, while words many citizens type keep their row. Mergeable, so silos and minutes add up.
/// </summary>
[GenerateSerializer]
public sealed class UnmatchedSearches
{
    public const int MaxWords = 200;

    /// <summary>By the masked words; never the words as typed.</summary>
    [Id(0)] public Dictionary<string, UnmatchedSearch> ByWords { get; init; } = [];

    /// <summary>Searches whose words gave up their place.</summary>
    [Id(1)] public long Other { get; set; }

    public long Total => Other + ByWords.Values.Sum(s => s.Count);

    public bool IsEmpty => Other == 0 && ByWords.Count == 0;

    public void Record(string words, DateTimeOffset at)
    {
        Count(words, 1, at);
        Trim();
    }

    public void Add(UnmatchedSearches other)
    {
        Other += other.Other;
        foreach (var (words, search) in other.ByWords)
        {
            Count(words, search.Count, search.LastSeen);
        }

        Trim();
    }

    /// <summary>The most searched first, then the most recent; at most <paramref name="limit"/>.</summary>
    public IEnumerable<(string Words, UnmatchedSearch Search)> Most(int limit) => ByWords
        .OrderByDescending(p => p.Value.Count)
        .ThenByDescending(p => p.Value.LastSeen)
        .ThenBy(p => p.Key, StringComparer.Ordinal)
        .Take(limit)
        .Select(p => (p.Key, p.Value));

    private void Count(string words, long count, DateTimeOffset lastSeen)
    {
        if (!ByWords.TryGetValue(words, out var search))
        {
            ByWords[words] = new UnmatchedSearch { Count = count, LastSeen = lastSeen };
            return;
        }

        search.Count += count;
        if (lastSeen > search.LastSeen)
        {
            search.LastSeen = lastSeen;
        }
    }

    private void Trim()
    {
        var over = ByWords.Count - MaxWords;
        if (over <= 0)
        {
            return;
        }

        foreach (var (words, search) in ByWords.OrderBy(p => p.Value.Count).ThenBy(p => p.Value.LastSeen).ThenBy(p => p.Key, StringComparer.Ordinal).Take(over).ToList())
        {
            Other += search.Count;
            ByWords.Remove(words);
        }
    }
}

/// <summary>How often one search's words found nothing, and when last.</summary>
[GenerateSerializer]
public sealed class UnmatchedSearch
{
    [Id(0)] public long Count { get; set; }

    [Id(1)] public DateTimeOffset LastSeen { get; set; }
}
