using ManaMitra.Hosting;
using ManaMitra.Interfaces.Access;
using ManaMitra.Interfaces.Documents;
using ManaMitra.OfficerConsole.Access;
using ManaMitra.WebhookFrontend.Officers;
using Microsoft.AspNetCore.Mvc;

namespace ManaMitra.WebhookFrontend.Verification;

/// <summary>
/// <c>POST /api/documents/{id}/revoke</c>: officials withdraw a document, after which its QR code verifies as
/// REVOKED. Authenticated by <c>X-Api-Key</c> = <c>ManaMitra:OfficialsApiKey</c>; with no key configured, nobody can.
/// A revocation is in the access log (docs/BREACH.md) as <c>apikey:officials</c>.
/// </summary>
public static class RevocationEndpoints
{
    public static void MapDocumentRevocation(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/documents/{id}/revoke", Revoke)
            .RefusedUnlogged()
            .WithName("RevokeDocument")
            .WithTags("Officials")
            .WithSummary("Revokes an issued document.")
            .WithDescription($"Needs the officials' API key in the {OfficialsKey.Header} header. The first revocation stands; repeating it changes nothing.")
            .Accepts<RevokeRequest>("application/json")
            .Produces<RevocationResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Revoke(
        string id, [FromHeader(Name = OfficialsKey.Header)] string? apiKey, RevokeRequest? body, IConfiguration configuration, IGrainFactory grains,
        [FromServices] AccessLog access, HttpContext context)
    {
        // Revocations are rare, so reading the key for each one costs nothing worth a registered singleton.
        var key = new OfficialsKey(configuration);
        if (!key.Matches(apiKey))
        {
            return Results.Unauthorized();
        }

        if (string.IsNullOrWhiteSpace(body?.Reason))
        {
            return Results.Problem("A reason is required.", statusCode: StatusCodes.Status400BadRequest);
        }

        var certificate = grains.GetGrain<ICertificateGrain>(id);
        if (await certificate.Get() is null)
        {
            return Results.Problem($"No document {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        // A document holds no citizen id: its id is what names whose it is.
        await access.ByKey(context, AccessActor.OfficialsKeyOwner, key.Fingerprint!, AccessKind.DocumentRevoked, id, citizenKey: null);
        var by = string.IsNullOrWhiteSpace(body.By) ? "officials-api" : body.By;
        var record = await certificate.Revoke(body.Reason, by);
        return record?.Revocation is { } revocation
            ? Results.Ok(new RevocationResponse(id, "revoked", revocation.Reason, revocation.By, revocation.At))
            : Results.Problem($"No document {id}.", statusCode: StatusCodes.Status404NotFound);
    }

}

/// <param name="Reason">Why the document no longer holds; shown on its verification page.</param>
/// <param name="By">The official or office revoking it.</param>
public sealed record RevokeRequest(string? Reason, string? By);

public sealed record RevocationResponse(string Id, string Status, string Reason, string By, DateTimeOffset RevokedAt);
