using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>An application's stage and history as the citizen reads it.</summary>
public static class ApplicationStatusOutcome
{
    public static ServiceOutcome For(ApplicationView view, ServiceCatalog catalog)
    {
        var text = catalog.Texts.Departments;
        var service = catalog.FindService(view.Submission.ServiceId)?.Service.Name ?? text.ServiceUnavailable;
        var last = view.History[^1];
        var fields = new List<OutcomeField>
        {
            text.SubmittedOn.Field(Dates.Format(view.Submission.SubmittedAt)),
        };
        if (view.IsPending)
        {
            fields.Add(text.DueBy.Field(Dates.Format(view.DueBy)));
        }

        // Each step after the submission: when, what it became, and the official's note when there is one.
        foreach (var step in view.History.Skip(1))
        {
            var note = step.Note.Length > 0 ? $" — {step.Note}" : string.Empty;
            fields.Add(step.Stage.Name(text).Field($"{Dates.Format(step.At)}{note}"));
        }

        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = view.Reference,
            Message = text.ApplicationStatus.Fill(service, view.Reference, last.Stage.Name(text)),
            Fields = fields,
        };
    }
}
