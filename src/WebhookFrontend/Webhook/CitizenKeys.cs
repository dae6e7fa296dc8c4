using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ManaMitra.Conversations.KeyedHashes;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.WebhookFrontend.Webhook;

/// <summary>
/// The one rule that turns the id Meta names a citizen by (<see cref="CitizenId"/>: their WhatsApp number, or their
/// business-scoped user id) into the key their conversation is known by: in grain ids, database rows, reminders and
/// logs, and in everything filed under it (applications, grievances, payments). It is a keyed hash (HMAC-SHA256,
/// base64url), so the number never becomes a key, and a plain hash would not do: India has about 10^10 mobile
/// numbers, which anyone with the hashes could simply try. The number itself lives only where replies are addressed
/// from, the conversation's state, which storage encrypts. Messages and statuses are hashed alike, so a status reaches
/// the conversation that sent the message it reports on.
/// </summary>
public sealed class CitizenKeys
{
    public const string ConfigurationKey = "ManaMitra:CitizenKeyHashKey";

    // Development only, so that a laptop runs with no set-up; its keys protect nothing outside that laptop.
    private const string DevelopmentSeed = "ManaMitra development citizen key: not for any real deployment";

    // WhatsApp ids are digits, user ids under 140 ASCII characters: hashed from the stack, with no allocation but the key.
    private const int StackBytes = 256;

    private readonly byte[] _key;

    public CitizenKeys(ReadOnlySpan<byte> key) => _key = HashKey.Checked(key, "citizen key hash key");

    /// <summary>The conversation key of the citizen Meta names <paramref name="whatsAppId"/> (43 characters of base64url).</summary>
    public string Of(string whatsAppId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(whatsAppId);
        var length = Encoding.UTF8.GetByteCount(whatsAppId);
        Span<byte> id = length <= StackBytes ? stackalloc byte[StackBytes] : new byte[length];
        Encoding.UTF8.GetBytes(whatsAppId, id);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, id[..length], hash);
        return Base64Url.EncodeToString(hash);
    }

    /// <summary>
    /// The key from <see cref="ConfigurationKey"/>, as <see cref="HashKey.FromConfiguration"/> reads every such key.
    /// Every frontend must have the same one, and it must never change: conversations, and all filed under them, are
    /// found by it.
    /// </summary>
    public static CitizenKeys FromConfiguration(IConfiguration configuration, bool isDevelopment) => new(HashKey.FromConfiguration(
        configuration, ConfigurationKey, isDevelopment, DevelopmentSeed,
        "the same on every frontend and never changed, it keys the hash that stands in for citizens' WhatsApp numbers in grain and database keys."));
}
