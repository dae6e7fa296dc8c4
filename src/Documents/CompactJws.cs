using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ManaMitra.Documents;

/// <summary>JWS compact serialization (RFC 7515) with ES256 only: header.payload.signature, each base64url.</summary>
public static class CompactJws
{
    public const string Algorithm = "ES256";

    public static string Sign(ReadOnlySpan<byte> payload, string kid, ECDsa key)
    {
        // No "typ": it is optional (RFC 7515 section 4.1.9), and its 16 characters would ride in every QR code.
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = Algorithm, ["kid"] = kid });
        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payload);
        // .NET signs ECDSA in IEEE P1363 form (r‖s, 64 bytes for P-256), which is exactly what JWS wants.
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>
    /// The payload of <paramref name="token"/> when a key of <paramref name="keys"/> signed it, or why not. What the
    /// payload says is the caller's to read: a document's claims, a ledger checkpoint.
    /// </summary>
    public static JwsVerification Verify(string? token, JsonWebKeySet keys)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 3 || Header(parts[0]) is not var (alg, kid))
        {
            return new JwsVerification.Refused(InvalidReason.Malformed);
        }

        // The algorithm is fixed, never taken from the token: "none" or an HMAC over the public key must not pass.
        if (alg != Algorithm)
        {
            return new JwsVerification.Refused(InvalidReason.WrongAlgorithm);
        }

        if (keys.Find(kid)?.ToVerifier() is not { } verifier)
        {
            return new JwsVerification.Refused(InvalidReason.UnknownKid);
        }

        using (verifier)
        {
            var signature = Decode(parts[2]);
            var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (signature is not { Length: 64 } || !verifier.VerifyData(signingInput, signature, HashAlgorithmName.SHA256))
            {
                return new JwsVerification.Refused(InvalidReason.BadSignature);
            }
        }

        return Decode(parts[1]) is { } payload ? new JwsVerification.Signed(payload, kid) : new JwsVerification.Refused(InvalidReason.Malformed);
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

public abstract record JwsVerification
{
    /// <summary>Signed by the key <paramref name="Kid"/> names: <paramref name="Payload"/> is what it signed.</summary>
    public sealed record Signed(byte[] Payload, string Kid) : JwsVerification;

    public sealed record Refused(InvalidReason Reason) : JwsVerification;
}
