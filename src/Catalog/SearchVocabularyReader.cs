using ManaMitra.Languages;

namespace ManaMitra.Catalog;

/// <summary>Reads and checks <c>search.json</c>: every defect names the list and the entry.</summary>
internal static class SearchVocabularyReader
{
    public static SearchVocabulary? Read(string path, string fileName, List<string> errors)
    {
        if (JsonFile.Read(path, fileName, CatalogFileContext.Default.SearchFile, errors) is not { } file)
        {
            return null;
        }

        var before = errors.Count;
        foreach (var field in file.UnknownFields?.Keys ?? Enumerable.Empty<string>())
        {
            errors.Add($"{fileName}: {field} is not a known field");
        }

        var stopWords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, words) in file.StopWords ?? [])
        {
            foreach (var (word, i) in Words(words, $"{fileName}: stopWords.{language}", errors))
            {
                if (!stopWords.TryAdd(word, $"stopWords.{language}[{i}]"))
                {
                    errors.Add($"{fileName}: stopWords.{language}[{i}] \"{word}\" is already at {stopWords[word]}");
                }
            }
        }

        var suffixes = Words(file.Suffixes, $"{fileName}: suffixes", errors).Select(w => w.Word).Distinct(StringComparer.Ordinal).ToList();
        var synonyms = new List<IReadOnlyList<string>>();
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < (file.Synonyms?.Count ?? 0); g++)
        {
            var at = $"{fileName}: synonyms[{g}]";
            var group = Words(file.Synonyms![g], at, errors).ToList();
            if (group.Count < 2)
            {
                errors.Add($"{at} needs two or more words");
            }

            foreach (var (word, i) in group)
            {
                // A word in two groups would mean two things; a stop word in a group would be dropped before it is read.
                if (groupOf.TryGetValue(word, out var other))
                {
                    errors.Add($"{at}[{i}] \"{word}\" is already in synonyms[{other}]");
                }
                else if (stopWords.TryGetValue(word, out var stop))
                {
                    errors.Add($"{at}[{i}] \"{word}\" is a stop word ({stop})");
                }

                groupOf.TryAdd(word, g);
            }

            synonyms.Add([.. group.Select(w => w.Word)]);
        }

        return errors.Count > before
            ? null
            : new SearchVocabulary(stopWords.Keys.ToHashSet(StringComparer.Ordinal), [.. suffixes.OrderByDescending(s => s.Length)], synonyms);
    }

    // Lower-cased and trimmed, as search compares them; a blank entry is a defect, not a word that matches everything.
    private static IEnumerable<(string Word, int Index)> Words(List<string?>? list, string at, List<string> errors)
    {
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(list![i]))
            {
                errors.Add($"{at}[{i}] is blank");
                continue;
            }

            yield return (list[i]!.Trim().ToLowerInvariant(), i);
        }
    }
}
