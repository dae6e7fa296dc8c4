using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ManaMitra.Documents;

/// <summary>The public keys that sign documents (RFC 7517), all an offline verifier needs.</summary>
public sealed record JsonWebKeySet([property: JsonPropertyName("keys")] IReadOnlyList<JsonWebKey> Keys)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Reads a JWK Set as published at <c>/verify/keys</c>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static JsonWebKeySet Parse(string json) =>
        JsonSerializer.Deserialize<JsonWebKeySet>(json) is { Keys: not null } set ? set : throw new JsonException("not a JWK Set");

    public JsonWebKey? Find(string kid) => Keys.FirstOrDefault(k => k.Kid == kid);
}

/// <summary>An EC P-256 public key (RFC 7518 §6.2) for ES256.</summary>
public sealed record JsonWebKey(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("crv")] string Crv,
    [property: JsonPropertyName("x")] string X,
    [property: JsonPropertyName("y")] string Y,
    [property: JsonPropertyName("kid")] string Kid,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Alg)
{
    public static JsonWebKey From(string kid, ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        return new JsonWebKey("EC", "P-256", Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y), kid, "sig", CompactJws.Algorithm);
    }

    /// <summary>The key as a verifier, or null when it is not a well-formed P-256 key.</summary>
    public ECDsa? ToVerifier()
    {
        if (Kty != "EC" || Crv != "P-256")
        {
            return null;
        }

        try
        {
            return ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = Base64Url.DecodeFromChars(X), Y = Base64Url.DecodeFromChars(Y) },
            });
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
