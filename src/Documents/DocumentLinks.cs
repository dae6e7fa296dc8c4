using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ManaMitra.Documents;

/// <summary>
/// Signed, expiring download links for a document's PDF (<c>/documents/{id}?e=…&amp;s=…</c>), so a WhatsApp
/// document message can carry a link that only the citizen's chat handed out, and not for ever.
/// </summary>
public sealed class DocumentLinks(byte[] key, TimeSpan lifetime, TimeProvider time)
{
    /// <summary>An absolute link under <paramref name="baseUrl"/> (the public base, or the request's own).</summary>
    public string Create(string baseUrl, string documentId)
    {
        var expiry = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return $"{baseUrl.TrimEnd('/')}/documents/{Uri.EscapeDataString(documentId)}?e={expiry}&s={Signature(documentId, expiry)}";
    }

    public LinkCheck Check(string documentId, string? expiry, string? signature)
    {
        if (!long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || signature is null)
        {
            return LinkCheck.Invalid;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(documentId, seconds));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return LinkCheck.Invalid;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() < seconds ? LinkCheck.Valid : LinkCheck.Expired;
    }

    /// <summary>The link key from configuration; Development makes one in <paramref name="developmentKeyDirectory"/>.</summary>
    public static DocumentLinks Load(DocumentOptions options, bool development, string developmentKeyDirectory, TimeProvider time)
    {
        var secret = options.LinkKey is { Length: > 0 } configured ? configured
            : development ? DevelopmentSecret.ReadOrCreate(Path.Combine(developmentKeyDirectory, "document-links.key"), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
            : throw new InvalidOperationException($"{DocumentOptions.Section}:LinkKey is empty: document download links could not be signed. Set it to a random secret of 32+ characters.");
        return new DocumentLinks(Encoding.UTF8.GetBytes(secret), options.LinkLifetime, time);
    }

    // The id and the expiry are both signed, separated by a character no id contains, so neither can be stretched.
    private string Signature(string documentId, long expiry) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{documentId}\n{expiry.ToString(CultureInfo.InvariantCulture)}")));
}

public enum LinkCheck
{
    Valid,
    Expired,
    Invalid,
}
