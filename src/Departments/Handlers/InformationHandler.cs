using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using System.Globalization;

namespace ManaMitra.Departments.Handlers;

/// <summary>Tells the citizen what the service is, what it costs and how long it takes.</summary>
public sealed class InformationHandler : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.Information;

    public Task<ServiceOutcome> Run(ServiceContext context)
    {
        var service = context.Service;
        var fee = service.Fee > 0 ? Rupees.Format(service.Fee) : context.OneLine(context.Text.Free);
        var sla = context.OneLine(service.SlaDays > 0 ? context.Text.Days.Fill(service.SlaDays.ToString(CultureInfo.InvariantCulture)) : context.Text.Instant);
        return Task.FromResult(new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Message = service.Description,
            Fields =
            [
                context.Text.Fee.Field(fee),
                context.Text.Sla.Field(sla),
            ],
        });
    }
}
