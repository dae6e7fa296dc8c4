using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Handlers;

/// <summary>Serves every catalog service of one <see cref="HandlerKind"/>, whatever inputs the service declares.</summary>
public interface IServiceHandler
{
    HandlerKind Kind { get; }

    Task<ServiceOutcome> Run(ServiceContext context);
}
