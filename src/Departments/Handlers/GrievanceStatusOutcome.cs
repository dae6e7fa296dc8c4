using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>Where a citizen's grievance stands: the office answering now and by when, or how it was resolved; with what they reported.</summary>
public static class GrievanceStatusOutcome
{
    public static ServiceOutcome For(GrievanceView view, DepartmentText text)
    {
        // A rating may follow the resolution: the resolution step itself carries the official's note.
        var resolution = view.History.LastOrDefault(s => s.Kind == GrievanceStepKind.Resolved);
        var stage = view.Status == GrievanceStatus.Open || resolution is null
            ? text.GrievanceWith.Fill(view.Office.Name, Dates.Format(view.DueBy))
            : text.GrievanceClosed.Fill(Dates.Format(resolution.At), resolution.Note);
        if (view is { Status: GrievanceStatus.Open, Question: { } question })
        {
            // The question's own notice may have gone as a template, without its button: asking where it stands offers it again.
            stage = stage.ThenParagraph(text.GrievanceQuestion.Fill(view.Submission.Reference, view.Office.Name, question));
        }

        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = view.Submission.Reference,
            Message = text.GrievanceStatus.Fill(view.Submission.Reference, view.Submission.ServiceName, stage),
            Fields = [.. view.Submission.Details.Select(d => d.Label.Field(d.Value))],
            GrievanceQuestion = view is { Status: GrievanceStatus.Open, Question: not null },
        };
    }
}
