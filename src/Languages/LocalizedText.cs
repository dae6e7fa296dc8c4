namespace ManaMitra.Languages;

/// <summary>A text in English and Telugu; the catalog refuses to load when either is missing.</summary>
public sealed record LocalizedText(string En, string Te)
{
    public string In(Language language) => language == Language.Telugu ? Te : En;
}
