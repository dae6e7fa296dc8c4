using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Documents;

/// <summary>Hands out an existing record as a document, from the first source that serves the service.</summary>
public sealed class FetchDocumentHandler(
    StudentDocuments students,
    LandDocuments land,
    RationCardDocuments rationCards,
    BillDocuments bills,
    ResidentDocuments residents) : IServiceHandler
{
    // Most specific first; the resident extract takes whatever no other source claims.
    private readonly IDocumentSource[] _sources = [students, land, rationCards, bills, residents];

    public HandlerKind Kind => HandlerKind.FetchDocument;

    public Task<ServiceOutcome> Run(ServiceContext context) => _sources.First(s => s.Serves(context)).Fetch(context);
}
