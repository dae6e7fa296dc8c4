namespace ManaMitra.Documents;

/// <summary>Configuration under <c>ManaMitra:Documents</c>.</summary>
public sealed class DocumentOptions
{
    public const string Section = "ManaMitra:Documents";

    /// <summary>The kid that signs new documents; every configured key still verifies. Default: the first key.</summary>
    public string? ActiveKid { get; set; }

    public List<DocumentKeyOptions> Keys { get; set; } = [];

    /// <summary>Secret (any text, 32+ characters) that signs the expiring <c>/documents/{id}</c> download links.</summary>
    public string? LinkKey { get; set; }

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);
}

/// <summary>One P-256 signing key: a PKCS#8 PEM given inline (<see cref="Pem"/>) or as a file (<see cref="PemFile"/>).</summary>
public sealed class DocumentKeyOptions
{
    public string? Kid { get; set; }

    public string? Pem { get; set; }

    public string? PemFile { get; set; }
}
