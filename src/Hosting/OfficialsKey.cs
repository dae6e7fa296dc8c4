using System.Security.Cryptography;
using System.Text;
using ManaMitra.Interfaces.Access;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.Hosting;

/// <summary>
/// The officials' API key (<c>ManaMitra:OfficialsApiKey</c>, sent as <c>X-Api-Key</c>): the one check behind every
/// officials' route — document revocation, the dashboard and the Orleans Dashboard. Without a configured key nothing
/// matches, so those routes are closed rather than open.
/// </summary>
public sealed class OfficialsKey(IConfiguration configuration)
{
    public const string Setting = "ManaMitra:OfficialsApiKey";
    public const string Header = "X-Api-Key";

    // Comparing hashes gives equal lengths, so the comparison takes the same time whatever was sent.
    private readonly byte[]? _hash = configuration[Setting] is { Length: > 0 } key ? Hash(key) : null;

    /// <summary>How the access log names the configured key (<see cref="AccessActor.Fingerprint"/>); null without one.</summary>
    public string? Fingerprint { get; } = configuration[Setting] is { Length: > 0 } configured ? AccessActor.Fingerprint(configured) : null;

    public bool Matches(string? candidate) =>
        _hash is not null && candidate is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Hash(candidate), _hash);

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
