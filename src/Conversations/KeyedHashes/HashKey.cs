using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.Conversations.KeyedHashes;

/// <summary>
/// The secret of a keyed hash that stands in for a personal identifier (an Aadhaar number, a WhatsApp id). A plain
/// hash would not do: such identifiers are few enough (10^11 Aadhaar numbers, about 10^10 mobiles) for anyone with the
/// hashes to try them all. One rule for every such key, so none is weaker than another.
/// </summary>
public static class HashKey
{
    /// <summary>HMAC-SHA256's own block of entropy: a shorter key would be the weakest link.</summary>
    public const int MinBytes = 32;

    /// <summary>A copy of <paramref name="key"/>, refused when shorter than <see cref="MinBytes"/>.</summary>
    /// <param name="name">What the key is, for the message.</param>
    public static byte[] Checked(ReadOnlySpan<byte> key, string name) => key.Length >= MinBytes
        ? key.ToArray()
        : throw new ArgumentException($"The {name} needs at least {MinBytes} bytes, got {key.Length}.", nameof(key));

    /// <summary>
    /// The key at <paramref name="setting"/> (its UTF-8 bytes). Only Development may run without one, on a key drawn
    /// from <paramref name="developmentSeed"/> (which says it is for no real deployment); anywhere else a missing key
    /// stops start-up, because a hash keyed by a guessable key is as good as the identifier.
    /// </summary>
    /// <param name="keys">What the key keys, for the message: "it keys the hash that stands in for …".</param>
    public static byte[] FromConfiguration(IConfiguration configuration, string setting, bool isDevelopment, string developmentSeed, string keys)
    {
        if (configuration[setting] is { Length: > 0 } configured)
        {
            return Encoding.UTF8.GetBytes(configured);
        }

        return isDevelopment
            ? SHA256.HashData(Encoding.UTF8.GetBytes(developmentSeed))
            : throw new InvalidOperationException($"{setting} is not set. Set it to a secret of at least {MinBytes} bytes: {keys}");
    }
}
