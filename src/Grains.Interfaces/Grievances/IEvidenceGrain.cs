namespace ManaMitra.Interfaces.Grievances;

/// <summary>
/// A file a citizen sent as evidence, keyed by its WhatsApp media id: fetched from the channel once and kept
/// (persisted), because Meta drops media after 30 days and an officer may open it later than that.
/// </summary>
public interface IEvidenceGrain : IGrainWithStringKey
{
    /// <summary>
    /// Fetches and keeps the file unless kept already; a file of another type than <paramref name="mediaTypes"/>, or
    /// over the configured size, is refused and not kept.
    /// </summary>
    Task<EvidenceReceipt> Collect(IReadOnlyList<string> mediaTypes);

    /// <returns>Null until a file has been kept.</returns>
    Task<EvidenceFile?> Read();

    /// <summary>Removes the file: its sender asked to erase their data.</summary>
    Task Erase();
}

public enum EvidenceStatus
{
    Kept,

    /// <summary>WhatsApp does not have it (never did, or expired): the citizen must send it again.</summary>
    Missing,

    TooLarge,
    WrongType,

    /// <summary>WhatsApp or the network failed this time: sending it again later works.</summary>
    Unavailable,
}

/// <param name="MediaType">The file's MIME type, when known.</param>
/// <param name="Bytes">The file's size, when known.</param>
/// <param name="MaxBytes">The largest file taken, for the citizen's message when it was too large.</param>
[GenerateSerializer, Immutable]
public sealed record EvidenceReceipt(
    [property: Id(0)] EvidenceStatus Status,
    [property: Id(1)] string MediaType,
    [property: Id(2)] long Bytes,
    [property: Id(3)] long MaxBytes);

[GenerateSerializer, Immutable]
public sealed record EvidenceFile(
    [property: Id(0)] byte[] Content,
    [property: Id(1)] string MediaType,
    [property: Id(2)] DateTimeOffset ReceivedAt);
