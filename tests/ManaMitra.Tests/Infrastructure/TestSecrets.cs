using System.Security.Cryptography;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// The secrets a production host refuses to start without, made once per test run: tests run the hosts as
/// production does, not in Development's generate-a-key mode.
/// </summary>
public static class TestSecrets
{
    public const string AadhaarHashKey = "test-aadhaar-hash-key-of-at-least-32-bytes";
    public const string LinkKey = "test-document-link-key-of-at-least-32-characters";
    public const string SigningKid = "test-key-1";

    public static string SigningKeyPem { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();

    /// <summary>The secrets as configuration entries, with <paramref name="separator"/> ":" (settings) or "__" (environment).</summary>
    public static Dictionary<string, string> Settings(string separator = ":") => new()
    {
        [$"ManaMitra{separator}AadhaarHashKey"] = AadhaarHashKey,
        [$"ManaMitra{separator}Documents{separator}LinkKey"] = LinkKey,
        [$"ManaMitra{separator}Documents{separator}Keys{separator}0{separator}Kid"] = SigningKid,
        [$"ManaMitra{separator}Documents{separator}Keys{separator}0{separator}Pem"] = SigningKeyPem,
        // A host with the Cloud API needs a real SMS gateway; nothing listens here, and sandbox hosts use their own.
        [$"ManaMitra{separator}Sms{separator}BaseUrl"] = "http://127.0.0.1:9",
        [$"ManaMitra{separator}Sms{separator}ApiKey"] = "test-sms-api-key",
        [$"ManaMitra{separator}Sms{separator}SenderId"] = "MNMTRA",
        [$"ManaMitra{separator}Sms{separator}TemplateId"] = "1207000000000000001",
    };
}
