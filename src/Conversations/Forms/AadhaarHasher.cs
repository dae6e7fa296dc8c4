using System.Security.Cryptography;
using System.Text;
using ManaMitra.Conversations.KeyedHashes;
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

    // Development only, so that a laptop runs with no set-up; every hash it makes is worthless outside that laptop.
    private const string DevelopmentSeed = "ManaMitra development Aadhaar key: not for any real deployment";

    private readonly byte[] _key;

    public AadhaarHasher(ReadOnlySpan<byte> key) => _key = HashKey.Checked(key, "Aadhaar hash key");

    /// <summary>
    /// A key of its own for another keyed hash (<paramref name="purpose"/> names it), drawn from this one, so a deployment
    /// keeps one secret and no hash made for one purpose matches one made for another. No purpose is 12 digits, so none
    /// is an Aadhaar number's hash either.
    /// </summary>
    public byte[] DeriveKey(string purpose) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose));

    /// <summary>Lower-case hex of HMAC-SHA256 over the 12 ASCII digits.</summary>
    public string Hash(string digits) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(digits)));

    /// <summary>The key from <see cref="ConfigurationKey"/>, as <see cref="HashKey.FromConfiguration"/> reads every such key.</summary>
    public static AadhaarHasher FromConfiguration(IConfiguration configuration, bool isDevelopment) => new(HashKey.FromConfiguration(
        configuration, ConfigurationKey, isDevelopment, DevelopmentSeed, "it keys the hash that stands in for Aadhaar numbers."));
}
