using System.Security.Cryptography;
using System.Text;
using ManaMitra.Hosting;
using ManaMitra.Interfaces.Access;

namespace ManaMitra.WebhookFrontend.Officers;

/// <summary>
/// The keys of department systems for the officers' API (<c>ManaMitra:Officers:ApiKeys:{department}</c>, sent as
/// <c>X-Api-Key</c>). A key belongs to one department; a department without a key has the API closed.
/// </summary>
public sealed class DepartmentKeys
{
    public const string Section = OfficerConsole.OfficerConsoleExtensions.ApiKeysSection;

    // Hashes have equal lengths, so comparing them takes the same time whatever was sent.
    private readonly List<(DepartmentCaller Caller, byte[] Hash)> _keys;

    public DepartmentKeys(IConfiguration configuration) =>
        _keys = [.. configuration.GetSection(Section).GetChildren()
            .Where(c => c.Value is { Length: > 0 })
            .Select(c => (new DepartmentCaller(c.Key, AccessActor.Fingerprint(c.Value!)), Hash(c.Value!)))];

    /// <returns>The department whose key was sent, and which key; null when none was sent or it is no department's.</returns>
    public DepartmentCaller? CallerOf(HttpRequest request)
    {
        var sent = request.Headers[OfficialsKey.Header].ToString();
        if (sent.Length == 0)
        {
            return null;
        }

        var hash = Hash(sent);
        DepartmentCaller? found = null;
        // Every key is compared, so the time taken does not say which department's key came close.
        foreach (var (caller, key) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key))
            {
                found = caller;
            }
        }

        return found;
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}

/// <summary>A department system, as its key identifies it: the department, and the key's fingerprint for the access log.</summary>
public sealed record DepartmentCaller(string Department, string KeyFingerprint);
