using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Interfaces.Documents;

/// <summary>
/// The registry entry of one issued document, keyed by document id: what it says, and whether it still holds. The
/// signature proves what a document says; only this grain knows whether it was revoked since.
/// </summary>
public interface ICertificateGrain : IGrainWithStringKey
{
    /// <summary>Records the document. Issuing again is harmless: the first record stands.</summary>
    Task<CertificateRecord> Issue(IssuedDocument document);

    /// <summary>The record, or null when no document was issued under this id.</summary>
    Task<CertificateRecord?> Get();

    /// <summary>Withdraws the document; null when no document was issued under this id. The first revocation stands.</summary>
    Task<CertificateRecord?> Revoke(string reason, string by);

    /// <summary>
    /// The holder's erasure: the entry drops their name and every field's value, keeping what verification needs —
    /// the document's number, kind, title, issuer, date, status and a digest of the signed claims, against which the
    /// QR code's own claims are checked. False when no document was issued under this id. Harmless to repeat.
    /// </summary>
    Task<bool> Erase();
}

public enum CertificateStatus
{
    Valid,
    Revoked,
}

[GenerateSerializer, Immutable]
public sealed record CertificateRecord
{
    [Id(0)] public required IssuedDocument Document { get; init; }

    [Id(1)] public required CertificateStatus Status { get; init; }

    [Id(2)] public Revocation? Revocation { get; init; }

    /// <summary>
    /// SHA-256 of the QR token's payload as issued: a token is this entry's only if its claims hash to it (a stolen
    /// signing key could sign other claims under this number; it could not make them hash alike).
    /// </summary>
    [Id(3)] public required byte[] ClaimsDigest { get; init; }

    /// <summary>When the holder had their details erased; <see cref="Document"/> then holds no name and no values.</summary>
    [Id(4)] public DateTimeOffset? ErasedAt { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record Revocation([property: Id(0)] string Reason, [property: Id(1)] string By, [property: Id(2)] DateTimeOffset At);
