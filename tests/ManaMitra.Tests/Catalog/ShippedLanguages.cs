using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Tests.Catalog;

/// <summary>
/// The shipped catalog's languages by name, for the tests that check what an English or a Telugu reader sees:
/// <c>text.Te</c> is <c>text.In("te")</c>, and fails rather than fall back when the text has no Telugu.
/// </summary>
public static class ShippedLanguages
{
    public const string English = "en";

    public const string Telugu = "te";

    /// <summary>Everything the shipped catalog says outside its departments, loaded once for the tests that read it.</summary>
    public static Texts Texts { get; } = CatalogLoader.Load(CatalogLoader.DefaultDirectory).Texts;

    /// <summary>A text in English and Telugu, English first as the loaders order it (the fallback first).</summary>
    public static LocalizedText Text(string en, string te) => LocalizedText.Of((English, en), (Telugu, te));

    extension(LocalizedText text)
    {
        public string En => Exactly(text, English);

        public string Te => Exactly(text, Telugu);
    }

    private static string Exactly(LocalizedText text, string language) =>
        text.Entries.Any(e => e.Key == language) ? text.In(language) : throw new InvalidOperationException($"{text} has no \"{language}\" text.");
}
