using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// Lodges a grievance with its own grain, which queues it for the department and runs its SLA clock, and gives the
/// citizen its number at once; one series for the whole state, as the citizen's helpline quotes it.
/// </summary>
public sealed class RaiseGrievanceHandler(
    ReferenceNumbers references,
    IGrainFactory grains,
    GrievanceOffices offices,
    EvidenceCollector evidence,
    ServiceCatalog catalog) : IServiceHandler
{
    // A grievance service that states no time still owes an answer; 15 days is the state's grievance norm.
    public const int DefaultSlaDays = 15;

    /// <summary>The question of a general grievance form whose options are the catalog's department ids.</summary>
    public const string DepartmentInput = "department";

    public HandlerKind Kind => HandlerKind.RaiseGrievance;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        var (kept, refused) = await evidence.Collect(context);
        if (refused is not null)
        {
            return refused;
        }

        var number = await references.Next(GrievanceReference.Series(context.Today.Year), context.Request.RequestId);
        var days = context.Service.SlaDays > 0 ? context.Service.SlaDays : DefaultSlaDays;
        var answers = context.Answers;
        var department = Answerable(context);
        var lodged = await grains.GetGrain<IGrievanceGrain>(number).Lodge(new GrievanceSubmission
        {
            Reference = number,
            CitizenId = context.Request.CitizenId,
            DepartmentId = department.Id,
            ServiceId = context.Service.Id,
            ServiceName = context.Service.Name,
            // What an official reads: every answer (a photo by its caption) under its noun or else its question.
            Details = [.. answers.All.Where(a => a.Input.Kind != InputKind.Aadhaar).Select(a => Line(answers, a.Input, a.Value)).OfType<GrievanceLine>()],
            Evidence = kept,
            Chain = offices.Chain(department, answers),
            LodgedAt = context.Now,
            SlaDays = days,
        });

        var fields = answers.All
            .Where(a => a.Input.Kind == InputKind.Choice)
            .Select(a => FieldLabels.For(a.Input).Field(answers.Display(a.Input, a.Value)))
            .Append(context.Text.Office.Field(context.OneLine(lodged.Office.Name)))
            .Append(context.Text.ActBy.Field(Dates.Format(lodged.DueBy)))
            .ToList();
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = number,
            Message = context.Text.GrievanceRegistered.Fill(days.ToString(CultureInfo.InvariantCulture)),
            Fields = fields,
        };
    }

    private static GrievanceLine? Line(Answers answers, ServiceInput input, string value)
    {
        var label = input.Label ?? input.Prompt;
        return !EvidenceCollector.IsFile(input.Kind)
            ? new GrievanceLine(label, answers.Display(input, value))
            : MediaAnswer.Parse(value).Caption is { } caption ? new GrievanceLine(label, caption) : null;
    }

    // The state's general grievance service asks which department it concerns: that department answers it, not the
    // grievance cell that offers the form. Any other grievance belongs to its service's department.
    private Department Answerable(ServiceContext context) =>
        context.Service.Inputs
            .Where(i => i.Kind == InputKind.Choice && i.Id == DepartmentInput)
            .Select(i => context.Answers.Of(i) is { } chosen ? catalog.FindDepartment(chosen) : null)
            .FirstOrDefault(d => d is not null)
        ?? context.Department;
}
