using System.Buffers.Text;
using ManaMitra.Interfaces.Ledger;

namespace ManaMitra.WebhookFrontend.Verification;

/// <summary>
/// The ledger for anyone (docs/LEDGER.md): <c>GET /ledger/documents/{id}/proof</c> proves a document's entry against
/// a signed checkpoint, checkable with nothing but the JWK Set at <c>/verify/keys</c>; <c>GET /ledger/checkpoint</c>
/// is the latest checkpoint, for whoever keeps copies to hold the ledger to its past. Hashes are base64url, times
/// exactly as hashed.
/// </summary>
public static class LedgerEndpoints
{
    public static void MapLedger(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ledger/documents/{id}/proof", Prove)
            .WithName("ProveDocumentEntry")
            .WithSummary("The ledger entry of an issued document, chained to the signed checkpoint that covers it.")
            .WithDescription(
                "Chain the entry's hash through the digests in `following` (hash = SHA-256(previous hash ‖ digest)) to the checkpoint's hash, " +
                "and verify the checkpoint's ES256 signature with the key its kid names at /verify/keys. `checkpoint` is null until the next one is signed.")
            .Produces<LedgerProofResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/ledger/checkpoint", Latest)
            .WithName("LatestLedgerCheckpoint")
            .WithSummary("The latest signed checkpoint of the ledger.")
            .Produces<LedgerCheckpointResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Prove(string id, HttpResponse response, IGrainFactory grains)
    {
        if (await grains.GetGrain<ILedgerGrain>(0).ProveDocument(id) is not { } proof)
        {
            return Results.Problem($"The ledger has no document {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        // A sealed proof never changes (entries are only appended); an unsealed one will, once the next checkpoint is signed.
        response.Headers.CacheControl = proof.Checkpoint is null ? "no-store" : "public, max-age=3600";
        return Results.Ok(new LedgerProofResponse(
            LedgerEntryResponse.From(proof.Entry),
            [.. proof.Following.Select(d => Base64Url.EncodeToString(d))],
            proof.Checkpoint is { } checkpoint ? LedgerCheckpointResponse.From(checkpoint) : null,
            "/verify/keys"));
    }

    private static async Task<IResult> Latest(HttpResponse response, IGrainFactory grains)
    {
        response.Headers.CacheControl = "no-store";
        return await grains.GetGrain<ILedgerGrain>(0).LatestCheckpoint() is { } checkpoint
            ? Results.Ok(LedgerCheckpointResponse.From(checkpoint))
            : Results.Problem("The ledger has no checkpoint yet.", statusCode: StatusCodes.Status404NotFound);
    }
}

/// <param name="Following">Digests of the entries after this one, up to and including the checkpoint's.</param>
/// <param name="Keys">Where the keys that verify the checkpoint are published.</param>
public sealed record LedgerProofResponse(LedgerEntryResponse Entry, IReadOnlyList<string> Following, LedgerCheckpointResponse? Checkpoint, string Keys);

/// <param name="Body">The entry's facts, JSON as a string: its digest is over these exact characters.</param>
public sealed record LedgerEntryResponse(long Seq, string At, string Kind, string Subject, string Body, string PrevHash, string Hash)
{
    public static LedgerEntryResponse From(LedgerEntry entry) => new(
        entry.Seq, LedgerHash.Time(entry.At), entry.Kind, entry.Subject, entry.Body,
        Base64Url.EncodeToString(entry.PrevHash), Base64Url.EncodeToString(entry.Hash));
}

/// <param name="Jws">The signature: a compact JWS (ES256) of <c>{"seq","hash","at"}</c>; the other members repeat it.</param>
public sealed record LedgerCheckpointResponse(long Seq, string Hash, string At, string Kid, string Jws)
{
    public static LedgerCheckpointResponse From(LedgerCheckpoint checkpoint) => new(
        checkpoint.Seq, Base64Url.EncodeToString(checkpoint.Hash), LedgerHash.Time(checkpoint.At), checkpoint.Kid, checkpoint.Jws);
}
