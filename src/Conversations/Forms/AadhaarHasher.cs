using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Turns an Aadhaar number into a keyed hash (HMAC-SHA256), so departments can match a citizen's records while the
/// number itself is never stored or logged. A plain hash would not do: there are only 10^11 valid numbers, so anyone
/// with the hashes could enumerate them all; without the key they cannot.
/// </summary>
public sealed class AadhaarHasher
{
    public const string ConfigurationKey = "ManaMitra:AadhaarHashKey";

    /// <summary>HMAC-SHA256's own block of entropy: a shorter key would be the weakest link.</summary>
    public const int MinKeyBytes = 32;

    // Development only, so that a laptop runs with no set-up; every hash it makes is worthless outside that laptop.
    private const string DevelopmentSeed = "ManaMitra development Aadhaar key: not for any real deployment";

    private readonly byte[] _key;

    public AadhaarHasher(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The Aadhaar hash key needs at least {MinKeyBytes} bytes, got {key.Length}.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>
    /// A key of its own for another keyed hash (<paramref name="purpose"/> names it), drawn from this one, so a deployment
    /// keeps one secret and no hash made for one purpose matches one made for another. No purpose is 12 digits, so none
    /// is an Aadhaar number's hash either.
    /// </summary>
    public byte[] DeriveKey(string purpose) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose));

    /// <summary>Lower-case hex of HMAC-SHA256 over the 12 ASCII digits.</summary>
    public string Hash(string digits) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(digits)));

    /// <summary>
    /// The key from <see cref="ConfigurationKey"/> (its UTF-8 bytes, at least <see cref="MinKeyBytes"/>). Only
    /// Development may run without one, on a fixed key; anywhere else a missing key stops start-up, because hashes
    /// made with a guessable key protect nothing.
    /// </summary>
    public static AadhaarHasher FromConfiguration(IConfiguration configuration, bool isDevelopment)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            return new AadhaarHasher(Encoding.UTF8.GetBytes(configured));
        }

        return isDevelopment
            ? new AadhaarHasher(SHA256.HashData(Encoding.UTF8.GetBytes(DevelopmentSeed)))
            : throw new InvalidOperationException(
                $"{ConfigurationKey} is not set. Set it to a secret of at least {MinKeyBytes} bytes: it keys the hash that stands in for Aadhaar numbers.");
    }
}
