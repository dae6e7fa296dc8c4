using ManaMitra.Documents;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;

namespace ManaMitra.Grains.Documents;

[GenerateSerializer]
public sealed class CertificateState
{
    [Id(0)] public IssuedDocument? Document { get; set; }

    [Id(1)] public Revocation? Revocation { get; set; }

    /// <summary>When the holder's erasure reduced <see cref="Document"/> to what verification needs; null before.</summary>
    [Id(2)] public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>
    /// <see cref="DocumentClaims.Digest"/> of the document as issued, kept from the erasure on: the entry no longer
    /// holds the fields it was computed from. Before erasure it is computed from <see cref="Document"/>.
    /// </summary>
    [Id(3)] public byte[]? ClaimsDigest { get; set; }
}
