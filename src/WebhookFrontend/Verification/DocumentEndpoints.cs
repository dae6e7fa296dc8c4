namespace ManaMitra.WebhookFrontend.Verification;

public static class DocumentEndpoints
{
    /// <summary>Verification, downloads, revocation and ledger proofs: every route of the documents feature.</summary>
    public static void MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapVerification();
        app.MapDocumentDownloads();
        app.MapDocumentRevocation();
        app.MapLedger();
    }
}
