using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace ManaMitra.Testing;

/// <summary>
/// Signs a webhook body as Meta does: <c>sha256=</c> and the hex HMAC-SHA256 of the raw bytes under the app secret.
/// Computed here rather than borrowed from the frontend, so neither the load tool nor a test signs with the code that
/// checks the signature, and the load tool never loads the system it measures.
/// </summary>
public static class MetaSignature
{
    public const string HeaderName = "X-Hub-Signature-256";

    public static string Sign(ReadOnlySpan<byte> body, ReadOnlySpan<byte> secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, body));

    /// <summary>A webhook POST's content as Meta sends it: the JSON body with its signature header.</summary>
    public static ByteArrayContent SignedContent(byte[] body, ReadOnlySpan<byte> secret)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.Add(HeaderName, Sign(body, secret));
        return content;
    }
}
