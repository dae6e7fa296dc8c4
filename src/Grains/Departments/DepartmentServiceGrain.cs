using System.Diagnostics;
using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace ManaMitra.Grains.Departments;

/// <inheritdoc cref="IDepartmentServiceGrain"/>
[StatelessWorker]
public sealed partial class DepartmentServiceGrain(
    ServiceCatalog catalog, IEnumerable<IServiceHandler> handlers, TimeProvider time, ILogger<DepartmentServiceGrain> logger)
    : Grain, IDepartmentServiceGrain
{
    private readonly Dictionary<HandlerKind, IServiceHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    public async Task<ServiceOutcome> Run(ServiceRequest request)
    {
        var department = this.GetPrimaryKeyString();
        var started = Stopwatch.GetTimestamp();
        // A citizen may submit a form for a service the catalog has since dropped or moved: a normal "no", not a fault.
        var outcome = catalog.FindService(request.ServiceId) is { } found
            && found.Department.Id == department
            && _handlers.TryGetValue(found.Service.Handler, out var handler)
            ? await handler.Run(new ServiceContext(found.Department, found.Service, request, time.GetUtcNow(), catalog.Texts))
            : ServiceContext.Declined(catalog.Texts.Departments.ServiceUnavailable);
        LogServed(department, request.ServiceId, outcome.Status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return outcome;
    }

    // Who asked and what they answered stay out: the department, service and status are what operators need.
    [LoggerMessage(Level = LogLevel.Information, Message = "Service {Department}/{Service}: {Status} in {Milliseconds:0.0} ms")]
    private partial void LogServed(string department, string service, OutcomeStatus status, double milliseconds);
}
