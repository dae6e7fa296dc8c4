namespace ManaMitra.Persistence.Encryption;

/// <summary>
/// Which stored state a payload belongs to. It is authenticated with the payload (AES-GCM's associated data), so a
/// payload copied into another grain's row, another state or another service's fails to decrypt there.
/// </summary>
/// <param name="GrainId">The grain id in its text form (<c>citizenchat/…</c>).</param>
public readonly record struct StateRow(string ServiceId, string GrainId, string StateName);
