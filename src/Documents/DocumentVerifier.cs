namespace ManaMitra.Documents;

/// <summary>
/// Checks a document token with nothing but the published JWK Set, so anyone can verify a document offline. Knows
/// nothing of revocation: that is the online check's part.
/// </summary>
public static class DocumentVerifier
{
    public static DocumentVerification Verify(string? token, JsonWebKeySet keys) => CompactJws.Verify(token, keys) switch
    {
        JwsVerification.Signed signed => DocumentClaims.FromJson(signed.Payload) is { } claims
            ? new DocumentVerification.Valid(claims)
            : new DocumentVerification.Invalid(InvalidReason.Malformed),
        JwsVerification.Refused refused => new DocumentVerification.Invalid(refused.Reason),
        _ => throw new InvalidOperationException("unknown JWS verification"),
    };
}

public abstract record DocumentVerification
{
    public sealed record Valid(DocumentClaims Claims) : DocumentVerification;

    public sealed record Invalid(InvalidReason Reason) : DocumentVerification;
}

public enum InvalidReason
{
    /// <summary>Not three base64url parts, an unreadable header, or claims missing.</summary>
    Malformed,

    /// <summary>Signed by a key the JWK Set does not publish.</summary>
    UnknownKid,

    /// <summary>The signature does not match: the token was altered, or signed by another key under a known kid.</summary>
    BadSignature,

    /// <summary>An algorithm other than ES256.</summary>
    WrongAlgorithm,
}
