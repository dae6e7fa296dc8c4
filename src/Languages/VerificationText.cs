namespace ManaMitra.Languages;

/// <summary>
/// The page a document's QR code opens and the answers of a document link (<c>verification.*</c>), in the
/// documents' two languages.
/// </summary>
[TextSection("verification")]
public sealed class VerificationText
{
    public required LocalizedText PageTitle { get; init; }

    public required LocalizedText Valid { get; init; }

    public required LocalizedText Revoked { get; init; }

    public required LocalizedText Invalid { get; init; }

    public required LocalizedText UnknownDocument { get; init; }

    public required LocalizedText MissingToken { get; init; }

    public required LocalizedText SignatureMismatch { get; init; }

    public required LocalizedText RevocationReason { get; init; }

    public required LocalizedText RevokedOn { get; init; }

    public required LocalizedText Document { get; init; }

    public required LocalizedText IssuedBy { get; init; }

    public required LocalizedText SignatureMatches { get; init; }

    public required LocalizedText LinkInvalid { get; init; }

    public required LocalizedText LinkExpired { get; init; }

    public required LocalizedText NoSuchDocument { get; init; }

    public required LocalizedText DocumentRevoked { get; init; }

    /// <summary>A document link after the holder's erasure: the registry no longer holds what the PDF would print.</summary>
    public required LocalizedText DocumentErased { get; init; }

    /// <summary>The verification page of an erased entry: what it shows comes from the QR code, not from the registry.</summary>
    public required LocalizedText DetailsErased { get; init; }
}
