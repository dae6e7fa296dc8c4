namespace ManaMitra.Languages;

/// <summary>The languages the catalog's manifest declares (see <c>catalog/README.md</c>).</summary>
/// <param name="Offered">The languages citizens can choose, in the order the language screen lists them.</param>
/// <param name="Fallback">What a citizen reads where a text lacks their language; one of the document languages.</param>
/// <param name="Documents">The two languages printed on documents, the first larger; every catalog text needs both.</param>
public sealed record LanguageSettings(IReadOnlyList<string> Offered, string Fallback, IReadOnlyList<string> Documents)
{
    /// <summary>The order of every text the loaders make: the fallback first (a text's first language is its fallback), then the others as offered.</summary>
    public IReadOnlyList<string> TextOrder { get; } = [Fallback, .. Offered.Where(l => l != Fallback)];
}
