namespace ManaMitra.Languages;

/// <summary>
/// The fixed words printed on every document (<c>documents.*</c>), in the documents' two languages.
/// </summary>
[TextSection("documents")]
public sealed class DocumentText
{
    public required LocalizedText DocumentNumber { get; init; }

    public required LocalizedText DateOfIssue { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText ScanToVerify { get; init; }

    public required LocalizedText DigitallySigned { get; init; }

    /// <summary>The platform's own name, printed as the issuer of what no department issues: a citizen's statement of their data.</summary>
    public required LocalizedText Platform { get; init; }
}
