using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Handlers;

/// <summary>Asks the department where an application, booking or grievance stands.</summary>
public sealed class TrackStatusHandler(IApplicationStatus status) : IServiceHandler
{
    public HandlerKind Kind => HandlerKind.TrackStatus;

    public async Task<ServiceOutcome> Run(ServiceContext context)
    {
        var answers = context.Answers;
        // Some departments track by Aadhaar (a health card); the citizen sees its masked form, never the key.
        var (reference, shown) = answers.Identifier is { } id ? (id, id)
            : answers.AadhaarKey is { } key ? (key, answers.AadhaarMasked ?? context.Text.Aadhaar.Fallback)
            : (null, null);
        if (reference is null || shown is null)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        if (await status.Find(context.Department.Id, context.Service.Id, reference) is not { } stage)
        {
            return ServiceContext.Declined(context.Text.ReferenceNotFound.Fill(shown));
        }

        var message = context.Text.StatusIs.Fill(shown, stage.Stage);
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = shown,
            Message = message,
            Fields =
            [
                context.Text.Status.Field(context.OneLine(stage.Stage)),
                context.Text.UpdatedOn.Field(Dates.Format(stage.UpdatedOn)),
            ],
        };
    }
}
