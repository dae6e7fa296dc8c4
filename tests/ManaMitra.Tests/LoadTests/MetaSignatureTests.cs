using System.Text;
using ManaMitra.Testing;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.Tests.LoadTests;

/// <summary>The load tool signs webhooks exactly as Meta does, so the frontend accepts them.</summary>
public sealed class MetaSignatureTests
{
    [Fact]
    public void Signs_with_hex_HMAC_SHA256_of_the_raw_body()
    {
        // The published HMAC-SHA256 example: key "key", the quick brown fox.
        var signature = MetaSignature.Sign("The quick brown fox jumps over the lazy dog"u8, "key"u8);

        Assert.Equal("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", signature);
    }

    [Fact]
    public void The_frontend_accepts_its_signature_and_rejects_it_under_another_secret()
    {
        var body = Encoding.UTF8.GetBytes("""{"object":"whatsapp_business_account","entry":[]}""");
        var signature = MetaSignature.Sign(body, "load-secret"u8);

        Assert.True(WebhookSignature.IsValid(body, signature, "load-secret"u8));
        Assert.False(WebhookSignature.IsValid(body, signature, "other-secret"u8));
        Assert.Equal(WebhookSignature.Sign(body, "load-secret"u8), signature);
    }
}
