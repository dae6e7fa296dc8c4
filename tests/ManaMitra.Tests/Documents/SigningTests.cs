using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ManaMitra.Documents;
using ManaMitra.Tests.Catalog;

namespace ManaMitra.Tests.Documents;

public sealed class SigningTests : IDisposable
{
    private readonly DocumentKeys _keys = new([("k-2026", ECDsa.Create(ECCurve.NamedCurves.nistP256))]);

    [Fact]
    public void A_signed_document_verifies_offline_with_only_the_published_jwk_set()
    {
        var claims = DocumentClaims.From(SampleDocuments.Certificate());

        var token = _keys.Sign(claims);

        var parts = token.Split('.');
        Assert.Equal("""{"alg":"ES256","kid":"k-2026"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        var published = JsonWebKeySet.Parse(_keys.JwkSet.ToJson());
        var key = Assert.Single(published.Keys);
        Assert.Equal(("EC", "P-256", "k-2026", "sig", "ES256"), (key.Kty, key.Crv, key.Kid, key.Use, key.Alg));
        var valid = Assert.IsType<DocumentVerification.Valid>(DocumentVerifier.Verify(token, published));
        Assert.Equal(claims, valid.Claims);
        Assert.Equal("XXXX XXXX 1234", valid.Claims.Fields.Single(f => f.Label == "Aadhaar").Value);
        Assert.Equal(SampleDocuments.IssuedAt.ToUnixTimeSeconds(), valid.Claims.IssuedAt.ToUnixTimeSeconds());
    }

    [Fact]
    public void A_tampered_payload_is_refused()
    {
        var token = _keys.Sign(DocumentClaims.From(SampleDocuments.Certificate()));
        var parts = token.Split('.');
        var forged = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("Lakshmi Prasanna Kolli", "Someone Else", StringComparison.Ordinal);

        var result = DocumentVerifier.Verify($"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged))}.{parts[2]}", _keys.JwkSet);

        Assert.Equal(new DocumentVerification.Invalid(InvalidReason.BadSignature), result);
    }

    [Fact]
    public void A_token_signed_by_another_key_under_a_published_kid_is_refused()
    {
        using var impostor = new DocumentKeys([("k-2026", ECDsa.Create(ECCurve.NamedCurves.nistP256))]);

        var result = DocumentVerifier.Verify(impostor.Sign(DocumentClaims.From(SampleDocuments.Certificate())), _keys.JwkSet);

        Assert.Equal(new DocumentVerification.Invalid(InvalidReason.BadSignature), result);
    }

    [Fact]
    public void A_token_naming_an_unpublished_kid_is_refused()
    {
        using var other = new DocumentKeys([("k-elsewhere", ECDsa.Create(ECCurve.NamedCurves.nistP256))]);

        var result = DocumentVerifier.Verify(other.Sign(DocumentClaims.From(SampleDocuments.Certificate())), _keys.JwkSet);

        Assert.Equal(new DocumentVerification.Invalid(InvalidReason.UnknownKid), result);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS256")]
    [InlineData("ES384")]
    public void Any_algorithm_but_es256_is_refused(string alg)
    {
        var parts = _keys.Sign(DocumentClaims.From(SampleDocuments.Certificate())).Split('.');
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"alg":"{{alg}}","kid":"k-2026","typ":"JWT"}"""));

        var result = DocumentVerifier.Verify($"{header}.{parts[1]}.{parts[2]}", _keys.JwkSet);

        Assert.Equal(new DocumentVerification.Invalid(InvalidReason.WrongAlgorithm), result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("!!!.e30.AAAA")]
    [InlineData("e30.e30.AAAA")]
    public void Malformed_tokens_are_refused(string? token) =>
        Assert.Equal(new DocumentVerification.Invalid(InvalidReason.Malformed), DocumentVerifier.Verify(token, _keys.JwkSet));

    [Fact]
    public void A_validly_signed_token_without_the_document_claims_is_malformed()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keys = new JsonWebKeySet([JsonWebKey.From("k", key)]);

        var token = CompactJws.Sign("""{"jti":"X"}"""u8, "k", key);

        Assert.Equal(new DocumentVerification.Invalid(InvalidReason.Malformed), DocumentVerifier.Verify(token, keys));
    }

    [Fact]
    public void Telugu_rides_in_the_token_as_utf8_not_as_escapes_that_would_double_the_qr_code()
    {
        var document = SampleDocuments.Certificate();

        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(_keys.Sign(DocumentClaims.From(document)).Split('.')[1]));

        Assert.Contains(document.Fields.Single(f => f.Label.En == "Village").Value, payload);
        Assert.DoesNotContain("\\u", payload);
    }

    public void Dispose() => _keys.Dispose();
}
