using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ManaMitra.Tests.Officers;

/// <summary>
/// RFC 6238 codes as an authenticator app computes them (HMAC-SHA-1, 30-second steps), written here apart from
/// Identity's so that a mistake in how the console sets up or checks codes cannot hide in the test too.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string base32Key, DateTimeOffset at, int digits = 6) => Code(Base32(base32Key), at.ToUnixTimeSeconds() / 30, digits);

    public static string Code(byte[] key, long step, int digits = 6)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        // Dynamic truncation (RFC 4226 section 5.3): four bytes from where the last nibble points, top bit cleared.
        var offset = hash[^1] & 0x0f;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (value % (int)Math.Pow(10, digits)).ToString($"D{digits}", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A six-digit code no nearby step of <paramref name="base32Key"/> produces: certainly wrong.</summary>
    public static string WrongCode(string base32Key, DateTimeOffset at)
    {
        var near = Enumerable.Range(-5, 11).Select(s => Code(base32Key, at.AddSeconds(30 * s))).ToHashSet();
        return Enumerable.Range(0, 20).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    private static byte[] Base32(string text)
    {
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not ' ' and not '='))
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            buffer = (buffer << 5) | (value >= 0 ? value : throw new FormatException($"'{c}' is not base32"));
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
