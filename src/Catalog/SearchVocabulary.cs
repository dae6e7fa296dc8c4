namespace ManaMitra.Catalog;

/// <summary>
/// What search needs to know about how citizens write, beyond the services' own words (<c>catalog/search.json</c>):
/// filler words that carry no need ("my", "kavali", "నాకు"), word endings that inflect a word without changing it
/// (Telugu case endings, English plurals), and words that mean the same thing (current = electricity = కరెంటు).
/// Data, so a catalog editor adds a synonym found in the no-match searches without a release.
/// </summary>
/// <param name="StopWords">Every language's filler words, lower-cased.</param>
/// <param name="Suffixes">Endings tried off a word the catalog does not know, longest first.</param>
/// <param name="Synonyms">Groups of words or phrases meaning the same; the first of each group names it.</param>
public sealed record SearchVocabulary(IReadOnlySet<string> StopWords, IReadOnlyList<string> Suffixes, IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    /// <summary>A catalog without <c>search.json</c>: services are found by their own words only.</summary>
    public static SearchVocabulary None { get; } = new(new HashSet<string>(), [], []);
}
