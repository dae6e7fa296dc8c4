using System.Security.Cryptography;
using System.Text;

namespace ManaMitra.Interfaces.Access;

/// <summary>How the access log names who read a record: an officer by user name, a key by <c>apikey:</c> and whose it is.</summary>
public static class AccessActor
{
    public const string ApiKeyPrefix = "apikey:";

    /// <summary>Whose the officials' key (<c>ManaMitra__OfficialsApiKey</c>, document revocation) is: <c>apikey:officials</c>.</summary>
    public const string OfficialsKeyOwner = "officials";

    /// <summary><c>apikey:{owner}</c>: a department's key (<c>apikey:revenue</c>), or the officials' key (<c>apikey:officials</c>).</summary>
    public static string ApiKey(string owner) => ApiKeyPrefix + owner;

    /// <summary>
    /// The first 8 bytes of the key's SHA-256, in hex: enough to tell a department's old key from its new one in the
    /// log, and nothing towards guessing a random key.
    /// </summary>
    public static string Fingerprint(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
}
