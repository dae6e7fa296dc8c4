using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Documents;
using Microsoft.Net.Http.Headers;

namespace ManaMitra.WebhookFrontend.Verification;

/// <summary>
/// <c>GET /verify/keys</c>: the JWK Set for offline verifiers. <c>GET /verify/{id}?t=…</c>: what a scanned QR code
/// opens — a page in Telugu and English, or JSON with <c>Accept: application/json</c>.
/// </summary>
public static class VerificationEndpoints
{
    public static void MapVerification(this IEndpointRouteBuilder app)
    {
        app.MapGet("/verify/keys", (DocumentKeys keys) => Results.Json(keys.JwkSet, contentType: "application/jwk-set+json"))
            .WithName("DocumentKeys")
            .WithSummary("The public keys that sign documents, as a JWK Set (ES256, P-256).")
            .Produces<JsonWebKeySet>(StatusCodes.Status200OK, "application/jwk-set+json");

        app.MapGet("/verify/{id}", Verify)
            .WithName("VerifyDocument")
            .WithSummary("Verifies a document from its QR code: signature, then revocation.")
            .WithDescription("Answers 200 with status valid, revoked or invalid (with a reason). HTML by default; JSON with Accept: application/json.")
            .Produces<VerificationResponse>(StatusCodes.Status200OK, "application/json", "text/html");
    }

    private static async Task<IResult> Verify(string id, string? t, HttpRequest request, DocumentKeys keys, IGrainFactory grains, ServiceCatalog catalog)
    {
        var result = await VerificationResult.Check(id, t, keys.JwkSet, grains);
        // A verdict depends on revocation, which can change at any moment: never from a cache.
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return WantsJson(request)
            ? Results.Json(new VerificationResponse(result.Status, result.Reason, result.RevokedAt, result.Claims))
            : Results.Content(VerificationPage.Render(result, catalog), "text/html; charset=utf-8");
    }

    private static bool WantsJson(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
}

/// <summary><c>{status, reason?, revokedAt?, claims?}</c>: claims only when the signature holds.</summary>
public sealed record VerificationResponse(string Status, string? Reason, DateTimeOffset? RevokedAt, VerifiedClaims? Claims);
