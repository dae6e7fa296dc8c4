using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Documents;

/// <summary>Signs a document's claims, puts the verification URL carrying them in its QR code, and prints it.</summary>
public sealed class DocumentPrinter(DocumentRenderer renderer, DocumentKeys keys)
{
    /// <param name="publicBaseUrl">Where citizens reach this system: <c>ManaMitra:PublicBaseUrl</c>, or the request's own base.</param>
    public PrintedDocument Print(IssuedDocument document, string publicBaseUrl)
    {
        var url = VerificationUrl(publicBaseUrl, document.Id, keys.Sign(DocumentClaims.From(document)));
        return new PrintedDocument(renderer.Render(document, url), url, FileName(document));
    }

    /// <summary><c>{base}/verify/{id}?t={jws}</c>: what a phone camera opens from the QR code.</summary>
    public static string VerificationUrl(string publicBaseUrl, string documentId, string token) =>
        $"{publicBaseUrl.TrimEnd('/')}/verify/{Uri.EscapeDataString(documentId)}?t={token}";

    /// <summary>A download name that says what the document is, e.g. <c>income-certificate-REV-INC-2026-000123.pdf</c>.</summary>
    public static string FileName(IssuedDocument document)
    {
        var name = $"{document.ServiceId}-{document.Id}";
        return new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()) + ".pdf";
    }
}

/// <param name="Pdf">The A4 PDF.</param>
/// <param name="VerificationUrl">What its QR code holds.</param>
/// <param name="FileName">The name to offer it under.</param>
public sealed record PrintedDocument(byte[] Pdf, string VerificationUrl, string FileName);
