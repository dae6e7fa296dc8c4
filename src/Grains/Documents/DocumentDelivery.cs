using ManaMitra.Catalog;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Documents;

/// <summary>
/// Turns an issued document into the WhatsApp message that carries it: the document is registered with its own
/// grain (so <c>/verify</c> and <c>/documents</c> know it) and sent as a link to its PDF with an expiring signed token.
/// </summary>
public sealed class DocumentDelivery(DocumentLinks links, PublicBaseUrl publicBase, IGrainFactory grains)
{
    public async Task<DocumentReply> IssueAsync(IssuedDocument document, string language)
    {
        await grains.GetGrain<ICertificateGrain>(document.Id).Issue(document);
        return Message(document, language);
    }

    /// <summary>
    /// The document again, with a fresh link, when the citizen asks for it from "my documents". Null when there is no
    /// such document, or its holder had it erased: there is nothing left to print.
    /// </summary>
    public async Task<DocumentReply?> ResendAsync(string documentId, string language) =>
        await grains.GetGrain<ICertificateGrain>(documentId).Get() is { ErasedAt: null } record ? Message(record.Document, language) : null;

    private DocumentReply Message(IssuedDocument document, string language) => new(
        links.Create(publicBase.Value, document.Id),
        DocumentPrinter.FileName(document),
        $"{document.Title.In(language)} · {document.Id}");
}
