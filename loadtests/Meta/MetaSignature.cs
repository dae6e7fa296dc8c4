using System.Security.Cryptography;

namespace ManaMitra.LoadTests.Meta;

/// <summary>
/// Signs a webhook body as Meta does: <c>sha256=</c> and the hex HMAC-SHA256 of the raw bytes under the app secret.
/// Computed here rather than borrowed from the frontend so the load tool never loads the system it measures.
/// </summary>
public static class MetaSignature
{
    public const string HeaderName = "X-Hub-Signature-256";

    public static string Sign(ReadOnlySpan<byte> body, ReadOnlySpan<byte> secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, body));
}
