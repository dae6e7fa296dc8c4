using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

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
            : answers.AadhaarKey is { } key ? (key, answers.AadhaarMasked ?? DepartmentText.Aadhaar.En)
            : (null, null);
        if (reference is null || shown is null)
        {
            return ServiceContext.Declined(DepartmentText.MissingAnswer);
        }

        if (await status.Find(context.Department.Id, context.Service.Id, reference) is not { } stage)
        {
            return ServiceContext.Declined(DepartmentText.ReferenceNotFound.Fill(DepartmentText.Same(shown)));
        }

        var message = DepartmentText.StatusIs.Fill(DepartmentText.Same(shown), new LocalizedText(stage.StageEn, stage.StageTe));
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = shown,
            MessageEn = message.En,
            MessageTe = message.Te,
            Fields =
            [
                DepartmentText.Status.Field(new LocalizedText(stage.StageEn, stage.StageTe)),
                DepartmentText.UpdatedOn.Field(Dates.Format(stage.UpdatedOn)),
            ],
        };
    }
}
