namespace ManaMitra.Interfaces.Access;

/// <summary>
/// One reading of, or action on, a citizen's record by an official (docs/BREACH.md): who, what, which record, whose,
/// when and from where. Ids only: never a name, an answer or a note.
/// </summary>
/// <param name="Actor">The officer's user name, or <c>apikey:{department}</c> for a department system (<see cref="AccessActor"/>).</param>
/// <param name="KeyFingerprint">For an API key, which key (<see cref="AccessActor.Fingerprint"/>): after a rotation the old and the new one are told apart. Null for an officer.</param>
/// <param name="Reference">The application or grievance reference, or the document id.</param>
/// <param name="CitizenKey">The citizen id exactly as the record holds it; null where the record holds none (a document).</param>
/// <param name="Client">The address the request came from, as the trusted proxies forwarded it; null when unknown.</param>
[GenerateSerializer, Immutable]
public sealed record AccessRecord(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string? KeyFingerprint,
    [property: Id(3)] AccessKind Kind,
    [property: Id(4)] string Reference,
    [property: Id(5)] string? CitizenKey,
    [property: Id(6)] string? Client);

/// <summary>What the official did with the record. Stored by name (<see cref="AccessKinds.Name"/>): new kinds are appended.</summary>
public enum AccessKind
{
    /// <summary>Opened an application: the applicant's name and answers were shown.</summary>
    ApplicationViewed,

    /// <summary>Decided an application, or tried to (the ledger holds what was decided).</summary>
    ApplicationActed,

    /// <summary>Opened a grievance: what the citizen reported was shown.</summary>
    GrievanceViewed,

    /// <summary>Commented on, asked about, assigned, transferred or resolved a grievance, or tried to.</summary>
    GrievanceActed,

    /// <summary>Downloaded a file the citizen sent with a grievance: a photo, a voice note, a document.</summary>
    EvidenceDownloaded,

    /// <summary>Revoked an issued document.</summary>
    DocumentRevoked,
}

public static class AccessKinds
{
    /// <summary>How the log, the audit and its CSV name the kind: <c>application.viewed</c>, <c>evidence.downloaded</c>…</summary>
    public static string Name(this AccessKind kind) => kind switch
    {
        AccessKind.ApplicationViewed => "application.viewed",
        AccessKind.ApplicationActed => "application.acted",
        AccessKind.GrievanceViewed => "grievance.viewed",
        AccessKind.GrievanceActed => "grievance.acted",
        AccessKind.EvidenceDownloaded => "evidence.downloaded",
        _ => "document.revoked",
    };
}
