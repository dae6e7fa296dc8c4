using System.Security.Cryptography;
using ManaMitra.Persistence.Encryption;
using ManaMitra.WebhookFrontend.Webhook;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// The secrets a production host refuses to start without, made once per test run: tests run the hosts as
/// production does, not in Development's generate-a-key mode.
/// </summary>
public static class TestSecrets
{
    public const string AadhaarHashKey = "test-aadhaar-hash-key-of-at-least-32-bytes";
    public const string CitizenKeyHashKey = "test-citizen-key-hash-key-of-at-least-32-bytes";
    public const string LinkKey = "test-document-link-key-of-at-least-32-characters";
    public const string SigningKid = "test-key-1";

    public const string StateKeyId = "test-1";

    public static string SigningKeyPem { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();

    public static byte[] StateKey { get; } = RandomNumberGenerator.GetBytes(StateKeys.KeyBytes);

    /// <summary>What a frontend with these settings keys conversations by.</summary>
    public static CitizenKeys CitizenKeys { get; } = new(System.Text.Encoding.UTF8.GetBytes(CitizenKeyHashKey));

    /// <summary>The state encryption keys the settings configure, for tests that build a silo's storage themselves.</summary>
    public static StateKeys StateKeys => new(StateKeyId, new Dictionary<string, byte[]> { [StateKeyId] = StateKey });

    /// <summary>The secrets as configuration entries, with <paramref name="separator"/> ":" (settings) or "__" (environment).</summary>
    public static Dictionary<string, string> Settings(string separator = ":") => new()
    {
        [$"ManaMitra{separator}AadhaarHashKey"] = AadhaarHashKey,
        [$"ManaMitra{separator}CitizenKeyHashKey"] = CitizenKeyHashKey,
        [$"ManaMitra{separator}Documents{separator}LinkKey"] = LinkKey,
        [$"ManaMitra{separator}Documents{separator}Keys{separator}0{separator}Kid"] = SigningKid,
        [$"ManaMitra{separator}Documents{separator}Keys{separator}0{separator}Pem"] = SigningKeyPem,
        // A host with the Cloud API needs a real SMS gateway; nothing listens here, and sandbox hosts use their own.
        [$"ManaMitra{separator}Sms{separator}BaseUrl"] = "http://127.0.0.1:9",
        [$"ManaMitra{separator}Sms{separator}ApiKey"] = "test-sms-api-key",
        [$"ManaMitra{separator}Sms{separator}SenderId"] = "MNMTRA",
        [$"ManaMitra{separator}Sms{separator}TemplateId"] = "1207000000000000001",
        [$"ManaMitra{separator}StateEncryption{separator}Keys{separator}{StateKeyId}"] = Convert.ToBase64String(StateKey),
        [$"ManaMitra{separator}StateEncryption{separator}CurrentKeyId"] = StateKeyId,
    };
}
