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
        // A resolved grievance's last step is its resolution, with the official's note.
        var stage = view.Status == GrievanceStatus.Open
            ? text.GrievanceWith.Fill(view.Office.Name, Dates.Format(view.DueBy))
            : text.GrievanceClosed.Fill(Dates.Format(view.History[^1].At), view.History[^1].Note);
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = view.Submission.Reference,
            Message = text.GrievanceStatus.Fill(view.Submission.Reference, view.Submission.ServiceName, stage),
            Fields = [.. view.Submission.Details.Select(d => d.Label.Field(d.Value))],
        };
    }
}
