using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Handlers;

/// <summary>Registers a grievance and gives its number at once; one series for the whole state, as the citizen's helpline quotes it.</summary>
public sealed class RaiseGrievanceHandler(ReferenceNumbers references) : IServiceHandler
{
    // A grievance service that states no time still owes an answer; 15 days is the state's grievance norm.
    public const int DefaultSlaDays = 15;

    public HandlerKind Kind => HandlerKind.RaiseGrievance;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        var number = await references.Next(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"GRV-{context.Today.Year}"), context.Request.RequestId);
        var days = context.Service.SlaDays > 0 ? context.Service.SlaDays : DefaultSlaDays;
        var fields = context.Answers.All
            .Where(a => a.Input.Kind == InputKind.Choice)
            .Select(a => FieldLabels.For(a.Input).Field(context.Answers.Display(a.Input, a.Value)))
            .Append(context.Text.ActBy.Field(Dates.Format(context.Today.AddDays(days))))
            .ToList();
        var message = context.Text.GrievanceRegistered.Fill(days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = number,
            Message = message,
            Fields = fields,
        };
    }
}
