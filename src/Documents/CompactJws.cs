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
}
