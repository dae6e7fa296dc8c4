namespace ManaMitra.Languages;

/// <summary>
/// Words citizens type, listed per language: the commands ("menu", "back"…), number words ("lakh"), the names
/// that choose a language. A citizen may type any language's words whatever language they chose, so most readers
/// want <see cref="All"/>.
/// </summary>
public sealed class LocalizedWords(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> entries)
{
    /// <summary>Every language's words, each once, in file order.</summary>
    public IReadOnlyList<string> All { get; } = entries.SelectMany(e => e.Value).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> In(string language) =>
        entries.FirstOrDefault(e => e.Key == language).Value ?? [];
}
