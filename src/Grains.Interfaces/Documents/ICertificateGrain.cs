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
}

[GenerateSerializer, Immutable]
public sealed record Revocation([property: Id(0)] string Reason, [property: Id(1)] string By, [property: Id(2)] DateTimeOffset At);
