using System.Text;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.Tests.Webhook;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("ap-mana-mitra-app-secret");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"object":"whatsapp_business_account","entry":[]}""");

    [Fact]
    public void Sign_produces_the_lowercase_hex_hmac_meta_sends()
    {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), a published test vector.
        var signature = WebhookSignature.Sign("The quick brown fox jumps over the lazy dog"u8, "key"u8);

        Assert.Equal("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", signature);
    }

    [Fact]
    public void Accepts_the_signature_of_the_body()
    {
        Assert.True(WebhookSignature.IsValid(Body, WebhookSignature.Sign(Body, Secret), Secret));
    }

    [Fact]
    public void Accepts_uppercase_hex()
    {
        var upper = "sha256=" + WebhookSignature.Sign(Body, Secret)["sha256=".Length..].ToUpperInvariant();

        Assert.True(WebhookSignature.IsValid(Body, upper, Secret));
    }

    [Fact]
    public void Rejects_a_signature_made_with_another_secret()
    {
        var forged = WebhookSignature.Sign(Body, "not-the-app-secret"u8);

        Assert.False(WebhookSignature.IsValid(Body, forged, Secret));
    }

    [Fact]
    public void Rejects_a_body_altered_after_signing()
    {
        var signature = WebhookSignature.Sign(Body, Secret);
        var altered = (byte[])Body.Clone();
        altered[^2] = (byte)'{';

        Assert.False(WebhookSignature.IsValid(altered, signature, Secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha1=0000000000000000000000000000000000000000")]
    [InlineData("SHA256=")]
    public void Rejects_a_missing_or_foreign_header(string? header)
    {
        Assert.False(WebhookSignature.IsValid(Body, header, Secret));
    }

    [Fact]
    public void Rejects_the_right_hex_under_a_wrong_prefix()
    {
        var hex = WebhookSignature.Sign(Body, Secret)["sha256=".Length..];

        Assert.False(WebhookSignature.IsValid(Body, "sha1=" + hex, Secret));
        Assert.False(WebhookSignature.IsValid(Body, "SHA256=" + hex, Secret));
        Assert.False(WebhookSignature.IsValid(Body, hex, Secret));
    }

    [Fact]
    public void Rejects_a_truncated_padded_or_non_hex_signature()
    {
        var signature = WebhookSignature.Sign(Body, Secret);

        Assert.False(WebhookSignature.IsValid(Body, signature[..^2], Secret));
        Assert.False(WebhookSignature.IsValid(Body, signature + "00", Secret));
        Assert.False(WebhookSignature.IsValid(Body, signature + " ", Secret));
        Assert.False(WebhookSignature.IsValid(Body, signature[..^1] + "g", Secret));
    }

    [Fact]
    public void Refuses_an_empty_secret_because_anyone_could_sign()
    {
        Assert.Throws<ArgumentException>(() => WebhookSignature.IsValid(Body, "sha256=00", []));
        Assert.Throws<ArgumentException>(() => WebhookSignature.Sign(Body, []));
    }
}
