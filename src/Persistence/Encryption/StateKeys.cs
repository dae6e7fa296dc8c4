using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.Persistence.Encryption;

/// <summary>
/// The AES-256 keys grain states are encrypted with, by id, and the id of the one new writes use. Several may be
/// configured at once, so a key can be rotated without rewriting the database: states written under an older key stay
/// readable with it until their grain writes them again, under the current one. With them, whether a state stored
/// without encryption is still read (<see cref="RefuseUnencrypted"/>).
/// </summary>
public sealed partial class StateKeys
{
    public const string CurrentKeyIdSetting = "ManaMitra:StateEncryption:CurrentKeyId";

    /// <summary>One entry per key: <c>ManaMitra:StateEncryption:Keys:{id}</c>, its 32 bytes in base64.</summary>
    public const string KeysSection = "ManaMitra:StateEncryption:Keys";

    /// <summary><c>true</c> (the default) or <c>false</c>: see <see cref="RefuseUnencrypted"/>.</summary>
    public const string RefuseUnencryptedSetting = "ManaMitra:StateEncryption:RefuseUnencrypted";

    public const int KeyBytes = 32;

    /// <summary>The id of Development's fixed key, as stored in the header of every state it encrypts.</summary>
    public const string DevelopmentKeyId = "development";

    // Development only, so that a laptop runs with no set-up; whatever it encrypts is readable by anyone with the source.
    private const string DevelopmentSeed = "ManaMitra development state encryption key: not for any real deployment";

    private readonly Dictionary<string, byte[]> _keys;

    /// <param name="keys">Each key's 32 bytes by its id (ASCII letters, digits, '.', '_', '-'; at most 64).</param>
    public StateKeys(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        // Configuration ignores case in its keys, so ids do too: Keys__Key1 and CurrentKeyId=key1 name one key.
        _keys = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, key) in keys)
        {
            if (!ValidId().IsMatch(id))
            {
                throw new ArgumentException($"State encryption key id '{id}' may hold only ASCII letters, digits, '.', '_' and '-' (at most 64).", nameof(keys));
            }

            if (key.Length != KeyBytes)
            {
                throw new ArgumentException($"State encryption key '{id}' has {key.Length} bytes; AES-256 needs exactly {KeyBytes}.", nameof(keys));
            }

            if (!_keys.TryAdd(id, key.ToArray()))
            {
                throw new ArgumentException($"State encryption key id '{id}' is given twice.", nameof(keys));
            }
        }

        CurrentKeyId = _keys.Keys.FirstOrDefault(id => string.Equals(id, currentKeyId, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"The current state encryption key '{currentKeyId}' is not among the keys ({string.Join(", ", _keys.Keys)}).", nameof(currentKeyId));
    }

    /// <summary>The key new writes are encrypted with, spelt as its entry under <see cref="KeysSection"/> is.</summary>
    public string CurrentKeyId { get; }

    /// <summary>
    /// Whether a state stored without the encrypted header fails its read instead of being read as it is. Such a
    /// state is either one written by a build before encryption or one planted by someone who can write to the
    /// database, which encryption alone cannot tell from it. Only a deployment upgraded from such a build has the
    /// first kind, so refusing is the default; it turns this off until its old states are rewritten.
    /// </summary>
    public bool RefuseUnencrypted { get; init; } = true;

    internal IEnumerable<KeyValuePair<string, byte[]>> All => _keys;

    /// <summary>
    /// The keys under <see cref="KeysSection"/>, the current one from <see cref="CurrentKeyIdSetting"/> and
    /// <see cref="RefuseUnencryptedSetting"/>. Only Development may run with no keys, on a fixed key; anywhere else a
    /// missing or malformed key stops start-up, because state encrypted under a key anyone can read is not protected at all.
    /// </summary>
    public static StateKeys FromConfiguration(IConfiguration configuration, bool isDevelopment)
    {
        var entries = configuration.GetSection(KeysSection).GetChildren().ToList();
        var current = configuration[CurrentKeyIdSetting];
        var refuseUnencrypted = RefusesUnencrypted(configuration);
        if (entries.Count == 0 && string.IsNullOrEmpty(current))
        {
            return isDevelopment
                ? new StateKeys(DevelopmentKeyId, new Dictionary<string, byte[]> { [DevelopmentKeyId] = SHA256.HashData(Encoding.UTF8.GetBytes(DevelopmentSeed)) })
                {
                    RefuseUnencrypted = refuseUnencrypted,
                }
                // Keys are first set when a deployment upgrades from a build before encryption, the one time old
                // states need the refusal off: this message is where that operator looks.
                : throw new InvalidOperationException(
                    $"{CurrentKeyIdSetting} is not set. Give each key as {KeysSection}:{{id}} ({KeyBytes} random bytes in base64: " +
                    $"openssl rand -base64 {KeyBytes}) and name the one new writes use in {CurrentKeyIdSetting}: they encrypt every grain state in the database. " +
                    $"A database written by a build before encryption also needs {RefuseUnencryptedSetting}=false until its states are rewritten.");
        }

        if (string.IsNullOrEmpty(current))
        {
            throw new InvalidOperationException($"{CurrentKeyIdSetting} is not set: name which of the keys under {KeysSection} new writes use.");
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            keys[entry.Key] = Decode(entry);
        }

        try
        {
            return new StateKeys(current, keys) { RefuseUnencrypted = refuseUnencrypted };
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{e.Message} ({KeysSection}, {CurrentKeyIdSetting})", e);
        }
    }

    private static bool RefusesUnencrypted(IConfiguration configuration) =>
        configuration[RefuseUnencryptedSetting] is not { Length: > 0 } text
            || (bool.TryParse(text.Trim(), out var refuse)
                ? refuse
                : throw new InvalidOperationException($"{RefuseUnencryptedSetting} must be true or false, not '{text}'."));

    // The key's value is never put in a message, only its id.
    private static byte[] Decode(IConfigurationSection entry)
    {
        var bytes = new byte[KeyBytes + 1];
        if (entry.Value is not { Length: > 0 } text || !Convert.TryFromBase64String(text.Trim(), bytes, out var written) || written != KeyBytes)
        {
            throw new InvalidOperationException($"{KeysSection}:{entry.Key} must be exactly {KeyBytes} bytes in base64 (openssl rand -base64 {KeyBytes}).");
        }

        return bytes[..KeyBytes];
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidId();
}
