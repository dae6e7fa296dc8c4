using System.Security.Cryptography;

namespace ManaMitra.Documents;

/// <summary>
/// The keys that sign documents. Several may be live at once so a key can be rotated without invalidating what it
/// already signed: tokens name their key by kid, one key signs new documents, and all are published.
/// </summary>
public sealed class DocumentKeys : IDisposable
{
    private readonly IReadOnlyList<(string Kid, ECDsa Key)> _keys;
    private readonly (string Kid, ECDsa Key) _active;

    public DocumentKeys(IReadOnlyList<(string Kid, ECDsa Key)> keys, string? activeKid = null)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("at least one signing key is needed", nameof(keys));
        }

        _keys = keys;
        _active = activeKid is { Length: > 0 }
            ? keys.FirstOrDefault(k => k.Kid == activeKid) is { Key: not null } found
                ? found
                : throw new InvalidOperationException($"{DocumentOptions.Section}:ActiveKid \"{activeKid}\" names no configured key")
            : keys[0];
        JwkSet = new JsonWebKeySet(keys.Select(k => JsonWebKey.From(k.Kid, k.Key)).ToList());
    }

    public string ActiveKid => _active.Kid;

    /// <summary>Every public key, for <c>/verify/keys</c> and offline verifiers.</summary>
    public JsonWebKeySet JwkSet { get; }

    /// <summary>A compact ES256 JWS of <paramref name="claims"/>, by the active key.</summary>
    public string Sign(DocumentClaims claims) => Sign(claims.ToJson());

    /// <summary>A compact ES256 JWS of <paramref name="payload"/>, by the active key: a document's claims, a ledger checkpoint.</summary>
    public string Sign(ReadOnlySpan<byte> payload) => CompactJws.Sign(payload, _active.Kid, _active.Key);

    /// <summary>
    /// The configured keys. With none configured, Development gets a key of its own, kept in
    /// <paramref name="developmentKeyDirectory"/> so documents printed before a restart still verify; anywhere else
    /// start-up fails, since documents signed by a throwaway key would verify nowhere.
    /// </summary>
    public static DocumentKeys Load(DocumentOptions options, bool development, string developmentKeyDirectory)
    {
        if (options.Keys.Count == 0)
        {
            return development
                ? new DocumentKeys([DevelopmentKey(developmentKeyDirectory)])
                : throw new InvalidOperationException(
                    $"No document signing key: set {DocumentOptions.Section}:Keys:0:Kid and :Pem (or :PemFile) to a PKCS#8 EC P-256 private key, " +
                    "e.g. from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`.");
        }

        var keys = options.Keys.Select((k, i) => Configured(k, i)).ToList();
        var duplicate = keys.GroupBy(k => k.Kid).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new DocumentKeys(keys, options.ActiveKid)
            : throw new InvalidOperationException($"{DocumentOptions.Section}:Keys: kid \"{duplicate.Key}\" is used twice");
    }

    private static (string Kid, ECDsa Key) Configured(DocumentKeyOptions options, int index)
    {
        var where = $"{DocumentOptions.Section}:Keys:{index}";
        if (string.IsNullOrWhiteSpace(options.Kid))
        {
            throw new InvalidOperationException($"{where}:Kid is empty");
        }

        var pem = options.Pem is { Length: > 0 } inline ? inline
            : options.PemFile is { Length: > 0 } file ? File.ReadAllText(file)
            : throw new InvalidOperationException($"{where}: set Pem or PemFile");
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"{where}: not a PEM EC private key ({e.Message})", e);
        }

        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new InvalidOperationException($"{where}: ES256 needs a P-256 key, this one has {key.KeySize} bits");
        }

        return (options.Kid, key);
    }

    private static (string Kid, ECDsa Key) DevelopmentKey(string directory)
    {
        var path = Path.Combine(directory, "document-signing.pem");
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = DevelopmentSecret.ReadOrCreate(path, () => key.ExportPkcs8PrivateKeyPem());
        key.ImportFromPem(pem);
        // Named after the key itself, so a deleted key file can never be mistaken for the old key.
        var kid = "dev-" + Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..8];
        return (kid, key);
    }

    public void Dispose()
    {
        foreach (var (_, key) in _keys)
        {
            key.Dispose();
        }
    }
}
