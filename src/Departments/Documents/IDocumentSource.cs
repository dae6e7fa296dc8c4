using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Documents;

/// <summary>One kind of record a FetchDocument service can hand out (hall tickets, bills, land extracts…).</summary>
public interface IDocumentSource
{
    bool Serves(ServiceContext context);

    Task<ServiceOutcome> Fetch(ServiceContext context);
}
