using ManaMitra.Catalog;
using ManaMitra.Departments;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;
using Orleans.Concurrency;

namespace ManaMitra.Grains.Departments;

/// <inheritdoc cref="IDepartmentServiceGrain"/>
[StatelessWorker]
public sealed class DepartmentServiceGrain(ServiceCatalog catalog, IEnumerable<IServiceHandler> handlers, TimeProvider time)
    : Grain, IDepartmentServiceGrain
{
    private readonly Dictionary<HandlerKind, IServiceHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    public Task<ServiceOutcome> Run(ServiceRequest request)
    {
        // A citizen may submit a form for a service the catalog has since dropped or moved: a normal "no", not a fault.
        if (catalog.FindService(request.ServiceId) is not { } found
            || found.Department.Id != this.GetPrimaryKeyString()
            || !_handlers.TryGetValue(found.Service.Handler, out var handler))
        {
            return Task.FromResult(ServiceContext.Declined(catalog.Texts.Departments.ServiceUnavailable));
        }

        return handler.Run(new ServiceContext(found.Department, found.Service, request, time.GetUtcNow(), catalog.Texts));
    }
}
