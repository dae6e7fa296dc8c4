namespace ManaMitra.WhatsApp.CloudApi;

/// <summary>The <c>WhatsApp</c> configuration section of the contract.</summary>
public sealed class WhatsAppOptions
{
    public const string Section = "WhatsApp";

    /// <summary>Meta app secret: the HMAC key of <c>X-Hub-Signature-256</c>.</summary>
    public string? AppSecret { get; set; }

    /// <summary>Token Meta echoes in the <c>GET /webhook</c> handshake.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>Cloud API bearer token. Empty means sandbox: replies stay in process for the simulator.</summary>
    public string? AccessToken { get; set; }

    public string? PhoneNumberId { get; set; }

    public string GraphApiBaseUrl { get; set; } = "https://graph.facebook.com";

    public string ApiVersion { get; set; } = "v23.0";

    public bool IsSandbox => string.IsNullOrWhiteSpace(AccessToken);
}
