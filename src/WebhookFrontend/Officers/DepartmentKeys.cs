using System.Security.Cryptography;
using System.Text;
using ManaMitra.Hosting;

namespace ManaMitra.WebhookFrontend.Officers;

/// <summary>
/// The keys of department systems for the officers' API (<c>ManaMitra:Officers:ApiKeys:{department}</c>, sent as
/// <c>X-Api-Key</c>). A key belongs to one department; a department without a key has the API closed.
/// </summary>
public sealed class DepartmentKeys
{
    public const string Section = "ManaMitra:Officers:ApiKeys";

    // Hashes have equal lengths, so comparing them takes the same time whatever was sent.
    private readonly List<(string Department, byte[] Hash)> _keys;

    public DepartmentKeys(IConfiguration configuration) =>
        _keys = [.. configuration.GetSection(Section).GetChildren()
            .Where(c => c.Value is { Length: > 0 })
            .Select(c => (c.Key, Hash(c.Value!)))];

    /// <returns>The department whose key was sent; null when none was sent or it is no department's.</returns>
    public string? DepartmentOf(HttpRequest request)
    {
        var sent = request.Headers[OfficialsKey.Header].ToString();
        if (sent.Length == 0)
        {
            return null;
        }

        var hash = Hash(sent);
        string? found = null;
        // Every key is compared, so the time taken does not say which department's key came close.
        foreach (var (department, key) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key))
            {
                found = department;
            }
        }

        return found;
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
