using System.Security.Cryptography;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Documents;

namespace ManaMitra.WebhookFrontend.Verification;

/// <summary>The online answer about a document: the signature's verdict, then the registry's.</summary>
public sealed record VerificationResult(string Status, string? Reason, DateTimeOffset? RevokedAt, VerifiedClaims? Claims, CertificateRecord? Record)
{
    public const string Valid = "valid";
    public const string Revoked = "revoked";
    public const string Invalid = "invalid";

    public static async Task<VerificationResult> Check(string id, string? token, JsonWebKeySet keys, IGrainFactory grains)
    {
        if (string.IsNullOrEmpty(token))
        {
            return Refused("missing-token");
        }

        var verdict = DocumentVerifier.Verify(token, keys);
        if (verdict is not DocumentVerification.Valid { Claims: var claims })
        {
            return Refused(((DocumentVerification.Invalid)verdict).Reason switch
            {
                InvalidReason.UnknownKid => "unknown-kid",
                InvalidReason.BadSignature => "bad-signature",
                InvalidReason.WrongAlgorithm => "wrong-alg",
                _ => "malformed",
            });
        }

        // A genuine token pasted under another document's address must not vouch for that document.
        if (claims.Id != id)
        {
            return Refused("id-mismatch");
        }

        var record = await grains.GetGrain<ICertificateGrain>(id).Get();
        if (record is null)
        {
            return Refused("unknown-document");
        }

        // The registry's own word on what was issued under this number: what the QR code says must hash to it.
        if (!CryptographicOperations.FixedTimeEquals(claims.Digest(), record.ClaimsDigest))
        {
            return Refused("claims-mismatch");
        }

        var shown = VerifiedClaims.From(claims);
        return record.Status == CertificateStatus.Revoked
            ? new VerificationResult(Revoked, record.Revocation?.Reason, record.Revocation?.At, shown, record)
            : new VerificationResult(Valid, null, null, shown, record);
    }

    private static VerificationResult Refused(string reason) => new(Invalid, reason, null, null, null);
}

/// <summary>The signed claims as JSON readers expect them: full names, ISO dates.</summary>
public sealed record VerifiedClaims(string Id, string Kind, string HolderName, string Issuer, string ServiceId, DateTimeOffset IssuedAt, IReadOnlyList<ClaimField> Fields)
{
    public static VerifiedClaims From(DocumentClaims claims) =>
        new(claims.Id, claims.Kind, claims.HolderName, claims.IssuerDepartment, claims.ServiceId, claims.IssuedAt, claims.Fields);
}
