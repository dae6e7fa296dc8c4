namespace ManaMitra.Interfaces.Ledger;

/// <summary>
/// The ledger's hash at <see cref="Seq"/>, signed with the document signing key: a compact JWS (ES256, the key's kid in
/// its header, as documents' QR tokens) of <c>{"seq":…,"hash":…,"at":…}</c>, the hash in base64url. The other members
/// repeat the payload for queries; a verifier trusts only the signed payload.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LedgerCheckpoint(
    [property: Id(0)] long Seq,
    [property: Id(1)] byte[] Hash,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Kid,
    [property: Id(4)] string Jws);
