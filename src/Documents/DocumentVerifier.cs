using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ManaMitra.Documents;

/// <summary>
/// Checks a document token with nothing but the published JWK Set, so anyone can verify a document offline. Knows
/// nothing of revocation: that is the online check's part.
/// </summary>
public static class DocumentVerifier
{
    public static DocumentVerification Verify(string? token, JsonWebKeySet keys)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 3)
        {
            return new DocumentVerification.Invalid(InvalidReason.Malformed);
        }

        if (Header(parts[0]) is not var (alg, kid))
        {
            return new DocumentVerification.Invalid(InvalidReason.Malformed);
        }

        // The algorithm is fixed, never taken from the token: "none" or an HMAC over the public key must not pass.
        if (alg != CompactJws.Algorithm)
        {
            return new DocumentVerification.Invalid(InvalidReason.WrongAlgorithm);
        }

        if (keys.Find(kid)?.ToVerifier() is not { } verifier)
        {
            return new DocumentVerification.Invalid(InvalidReason.UnknownKid);
        }

        using (verifier)
        {
            var signature = Decode(parts[2]);
            var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (signature is not { Length: 64 } || !verifier.VerifyData(signingInput, signature, HashAlgorithmName.SHA256))
            {
                return new DocumentVerification.Invalid(InvalidReason.BadSignature);
            }
        }

        return Decode(parts[1]) is { } payload && DocumentClaims.FromJson(payload) is { } claims
            ? new DocumentVerification.Valid(claims)
            : new DocumentVerification.Invalid(InvalidReason.Malformed);
    }

    private static (string Alg, string Kid)? Header(string part)
    {
        if (Decode(part) is not { } bytes)
        {
            return null;
        }

        try
        {
            using var header = JsonDocument.Parse(bytes);
            var root = header.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String
                && root.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                ? (alg.GetString()!, kid.GetString()!)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? Decode(string part)
    {
        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }
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
