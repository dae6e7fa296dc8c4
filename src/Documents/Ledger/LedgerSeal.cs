using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ManaMitra.Interfaces.Ledger;

namespace ManaMitra.Documents.Ledger;

/// <summary>
/// Checkpoints: the ledger's hash at a seq, signed with the document signing key as a compact JWS, the way documents'
/// QR tokens are. Whoever can write to the database but does not hold the key — a database administrator, a restored
/// or forged backup — cannot rewrite the chain up to a checkpoint without the signed hash giving it away, and anyone
/// can check the signature against the JWK Set at <c>/verify/keys</c>.
/// </summary>
public static class LedgerSeal
{
    /// <summary>A checkpoint at <paramref name="last"/>, made at <paramref name="at"/>, signed by the active key.</summary>
    public static LedgerCheckpoint Sign(LedgerEntry last, DateTimeOffset at, DocumentKeys keys)
    {
        var time = LedgerHash.Microseconds(at);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new SealedHash(last.Seq, Base64Url.EncodeToString(last.Hash), LedgerHash.Time(time)));
        return new LedgerCheckpoint(last.Seq, last.Hash, time, keys.ActiveKid, keys.Sign(payload));
    }

    /// <summary>
    /// Null when a key of <paramref name="keys"/> signed exactly the checkpoint's seq and hash; otherwise what is wrong
    /// with it, as the end of a sentence ("is signed by a key …").
    /// </summary>
    public static string? Problem(LedgerCheckpoint checkpoint, JsonWebKeySet keys)
    {
        var verification = CompactJws.Verify(checkpoint.Jws, keys);
        if (verification is JwsVerification.Refused refused)
        {
            return refused.Reason == InvalidReason.UnknownKid ? "is signed by a key the JWK Set does not publish" : "has no valid signature";
        }

        if (verification is not JwsVerification.Signed signed || Read(signed.Payload) is not { } sealedHash)
        {
            return "is signed, but what it signed is not a checkpoint";
        }

        var hash = Base64Url.EncodeToString(checkpoint.Hash);
        return sealedHash.Seq == checkpoint.Seq && sealedHash.Hash == hash
            ? null
            : $"was edited: its row says seq {checkpoint.Seq}, hash {hash}; its signature, seq {sealedHash.Seq}, hash {sealedHash.Hash}";
    }

    private static SealedHash? Read(byte[] payload)
    {
        try
        {
            return JsonSerializer.Deserialize<SealedHash>(payload) is { Hash: not null } sealedHash ? sealedHash : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The signed payload: <c>{"seq":1200,"hash":"…base64url…","at":"2026-03-14T09:26:53.589793Z"}</c>.</summary>
    private sealed record SealedHash(
        [property: JsonPropertyName("seq")] long Seq,
        [property: JsonPropertyName("hash")] string Hash,
        [property: JsonPropertyName("at")] string At);
}
