namespace ManaMitra.Languages;

/// <summary>
/// Everything the system says that is not catalog data, in every language the catalog offers, read from
/// <c>catalog/languages/&lt;code&gt;.json</c> and checked whole at start-up (see <see cref="LanguageFiles"/>).
/// </summary>
public sealed class Texts
{
    /// <summary>The languages citizens can choose, in the order the language screen lists them.</summary>
    public required IReadOnlyList<Language> Languages { get; init; }

    /// <summary>What a citizen reads where a text lacks their language, and before they have chosen one.</summary>
    public required string FallbackLanguage { get; init; }

    /// <summary>The two languages documents are printed in, the first larger.</summary>
    public required IReadOnlyList<string> DocumentLanguages { get; init; }

    public required UiText Ui { get; init; }

    public required PrivacyText Privacy { get; init; }

    public required FormText Forms { get; init; }

    public required DepartmentText Departments { get; init; }

    public required DocumentText Documents { get; init; }

    public required VerificationText Verification { get; init; }

    public required ConsoleText Console { get; init; }

    public required PaymentPageText PaymentPage { get; init; }

    public required OtpText Otp { get; init; }

    public required CommandWords Commands { get; init; }

    public required AmountWords Amounts { get; init; }

    public required DateWords Dates { get; init; }

    /// <summary>The offered language with this code, or null when the catalog does not offer it (any more).</summary>
    public Language? Find(string? code) => Languages.FirstOrDefault(l => l.Code == code);

    /// <summary>
    /// A value printed once for every reader (a document's value column, a receipt's period): its forms in the
    /// fallback and the other document language, each once: "Education / " and the Telugu word, or just "45".
    /// </summary>
    public string OneLine(LocalizedText value) =>
        string.Join(" / ", new[] { FallbackLanguage }.Concat(DocumentLanguages).Select(value.In).Distinct(StringComparer.Ordinal));

    /// <summary>A text in both document languages, the first document language first: the Telugu word, " · ", "Document".</summary>
    public string Bilingual(LocalizedText text, string separator) =>
        string.Join(separator, DocumentLanguages.Select(text.In).Distinct(StringComparer.Ordinal));
}
