using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Handlers;

/// <summary>Tells the citizen what the service is, what it costs and how long it takes.</summary>
public sealed class InformationHandler : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.Information;

    public Task<ServiceOutcome> Run(ServiceContext context)
    {
        var service = context.Service;
        var fee = service.Fee > 0 ? DepartmentText.Same(Money.Format(service.Fee)) : DepartmentText.Free;
        var sla = service.SlaDays > 0 ? DepartmentText.Days.Fill(DepartmentText.Same(service.SlaDays.ToString(CultureInfo.InvariantCulture))) : DepartmentText.Instant;
        return Task.FromResult(new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            MessageEn = service.Description.En,
            MessageTe = service.Description.Te,
            Fields =
            [
                DepartmentText.Fee.Field(fee),
                DepartmentText.Sla.Field(sla),
            ],
        });
    }
}
