using System.Buffers;
using System.Security.Cryptography;

namespace ManaMitra.WhatsApp.Webhooks;

/// <summary>
/// Meta's <c>X-Hub-Signature-256</c>: <c>sha256=</c> followed by the hex HMAC-SHA256 of the raw request body,
/// keyed with the app secret. Only a request carrying it can have come from Meta.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";
    private const int HashBytes = HMACSHA256.HashSizeInBytes;

    /// <summary>True only when <paramref name="header"/> is exactly the signature of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    /// <exception cref="ArgumentException">The secret is empty: an empty HMAC key would let anyone sign, so it is a configuration error, not a bad request.</exception>
    public static bool IsValid(ReadOnlySpan<byte> body, string? header, ReadOnlySpan<byte> secret)
    {
        RequireSecret(secret);
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var hex = header.AsSpan(Prefix.Length);
        Span<byte> claimed = stackalloc byte[HashBytes];
        if (hex.Length != HashBytes * 2
            || Convert.FromHexString(hex, claimed, out _, out var written) != OperationStatus.Done
            || written != HashBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HashBytes];
        HMACSHA256.HashData(secret, body, expected);
        // Constant time, so response timing reveals nothing about how much of a forged signature was right.
        return CryptographicOperations.FixedTimeEquals(claimed, expected);
    }

    /// <summary>The header value Meta would send for <paramref name="body"/>; for tests, the simulator and the load tester.</summary>
    public static string Sign(ReadOnlySpan<byte> body, ReadOnlySpan<byte> secret)
    {
        RequireSecret(secret);
        Span<byte> hash = stackalloc byte[HashBytes];
        HMACSHA256.HashData(secret, body, hash);
        return Prefix + Convert.ToHexStringLower(hash);
    }

    private static void RequireSecret(ReadOnlySpan<byte> secret)
    {
        if (secret.IsEmpty)
        {
            throw new ArgumentException("The app secret must not be empty.", nameof(secret));
        }
    }
}
