using ManaMitra.Catalog;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Documents;
using Microsoft.Net.Http.Headers;

namespace ManaMitra.WebhookFrontend.Verification;

/// <summary>
/// <c>GET /documents/{id}?e=…&amp;s=…</c>: the PDF, printed and signed on request, for the link a WhatsApp document
/// message carries. Only with a link this system signed, only until it expires, and only while the registry still
/// holds what it would print (not after the holder's erasure).
/// </summary>
public static class DocumentDownloadEndpoints
{
    public static void MapDocumentDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/documents/{id}", Download)
            .WithName("DownloadDocument")
            .WithSummary("The document as a PDF, for a signed, expiring link.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .Produces(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status410Gone);

    private static async Task<IResult> Download(
        string id, string? e, string? s, HttpRequest request, IConfiguration configuration, DocumentLinks links, DocumentPrinter printer, IGrainFactory grains,
        ServiceCatalog catalog)
    {
        // Whoever opens the link has not told us their language: the documents' two answer.
        var texts = catalog.Texts;
        var says = texts.Verification;
        switch (links.Check(id, e, s))
        {
            case LinkCheck.Invalid:
                return Refusal(StatusCodes.Status403Forbidden, texts.Bilingual(says.LinkInvalid, " · "));
            case LinkCheck.Expired:
                return Refusal(StatusCodes.Status410Gone, texts.Bilingual(says.LinkExpired, " · "));
        }

        var record = await grains.GetGrain<ICertificateGrain>(id).Get();
        if (record is null)
        {
            return Refusal(StatusCodes.Status404NotFound, texts.Bilingual(says.NoSuchDocument, " · "));
        }

        if (record.Status == CertificateStatus.Revoked)
        {
            return Refusal(StatusCodes.Status410Gone, texts.Bilingual(says.DocumentRevoked, " · "));
        }

        if (record.ErasedAt is not null)
        {
            return Refusal(StatusCodes.Status410Gone, texts.Bilingual(says.DocumentErased, " · "));
        }

        var printed = printer.Print(record.Document, PublicBase.Of(request, configuration));
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(printed.FileName);
        request.HttpContext.Response.Headers.ContentDisposition = disposition.ToString();
        request.HttpContext.Response.Headers.CacheControl = "private, no-store";
        return Results.Bytes(printed.Pdf, "application/pdf");
    }

    private static IResult Refusal(int status, string message) =>
        Results.Text(message, "text/plain; charset=utf-8", statusCode: status);
}
