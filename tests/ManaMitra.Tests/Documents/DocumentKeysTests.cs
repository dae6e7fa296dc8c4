using System.Security.Cryptography;
using ManaMitra.Documents;

namespace ManaMitra.Tests.Documents;

public sealed class DocumentKeysTests
{
    [Fact]
    public void Configured_keys_all_verify_and_the_active_kid_signs()
    {
        using var old = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var current = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pemFile = Path.Combine(Directory.CreateTempSubdirectory("keys-").FullName, "current.pem");
        File.WriteAllText(pemFile, current.ExportPkcs8PrivateKeyPem());
        var options = new DocumentOptions
        {
            ActiveKid = "2026-11",
            Keys = [new() { Kid = "2026-01", Pem = old.ExportPkcs8PrivateKeyPem() }, new() { Kid = "2026-11", PemFile = pemFile }],
        };

        using var keys = DocumentKeys.Load(options, development: false, developmentKeyDirectory: "/nonexistent");

        Assert.Equal("2026-11", keys.ActiveKid);
        Assert.Equal(["2026-01", "2026-11"], keys.JwkSet.Keys.Select(k => k.Kid));
        var claims = DocumentClaims.From(SampleDocuments.Certificate());
        Assert.IsType<DocumentVerification.Valid>(DocumentVerifier.Verify(keys.Sign(claims), keys.JwkSet));
        // A document the retired key signed before the rotation still verifies.
        Assert.IsType<DocumentVerification.Valid>(DocumentVerifier.Verify(CompactJws.Sign(claims.ToJson(), "2026-01", old), keys.JwkSet));
    }

    [Fact]
    public void Without_keys_outside_development_start_up_fails_saying_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DocumentKeys.Load(new DocumentOptions(), development: false, developmentKeyDirectory: "/nonexistent"));

        Assert.Contains("ManaMitra:Documents:Keys:0:Kid", error.Message);
    }

    [Fact]
    public void A_key_that_is_not_p256_is_refused()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var options = new DocumentOptions { Keys = [new() { Kid = "big", Pem = p384.ExportPkcs8PrivateKeyPem() }] };

        var error = Assert.Throws<InvalidOperationException>(() => DocumentKeys.Load(options, development: false, developmentKeyDirectory: "/nonexistent"));

        Assert.Contains("P-256", error.Message);
    }

    [Fact]
    public void Development_makes_a_key_once_and_keeps_it_so_old_documents_verify_after_a_restart()
    {
        var directory = Path.Combine(Directory.CreateTempSubdirectory("dev-").FullName, ".data", "keys");
        var claims = DocumentClaims.From(SampleDocuments.Certificate());
        string token;
        string kid;
        using (var first = DocumentKeys.Load(new DocumentOptions(), development: true, directory))
        {
            token = first.Sign(claims);
            kid = first.ActiveKid;
        }

        using var restarted = DocumentKeys.Load(new DocumentOptions(), development: true, directory);

        Assert.Equal(kid, restarted.ActiveKid);
        Assert.StartsWith("dev-", kid);
        Assert.IsType<DocumentVerification.Valid>(DocumentVerifier.Verify(token, restarted.JwkSet));
        Assert.True(File.Exists(Path.Combine(directory, "document-signing.pem")));
    }
}
