using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Grains.Applications;

/// <summary>What the citizen is told of an official's decision, in every language, with the document on approval.</summary>
public static class DecisionNotice
{
    public static ServiceOutcome For(ApplicationView view, IssuedDocument? document, ServiceCatalog catalog)
    {
        var text = catalog.Texts.Departments;
        var service = ServiceName(view, catalog);
        var note = view.History[^1].Note;
        return view.Stage switch
        {
            ApplicationStage.Approved => new ServiceOutcome
            {
                Status = OutcomeStatus.Completed,
                Reference = view.Reference,
                Message = text.ApplicationApproved.Fill(view.Reference, service),
                Document = document,
                Decision = new OutcomeDecision(Verdict.Approved, view.Submission.ServiceId, note),
            },
            // A rejection on appeal is final; a first one may be appealed, once.
            ApplicationStage.Rejected when view.Appealed =>
                Declined(view, new OutcomeDecision(Verdict.Rejected, view.Submission.ServiceId, note), text.AppealRejected.Fill(view.Reference, service, note)),
            ApplicationStage.Rejected =>
                Declined(view, new OutcomeDecision(Verdict.Rejected, view.Submission.ServiceId, note, Appealable: true), text.ApplicationRejected.Fill(view.Reference, service, note)),
            ApplicationStage.Returned =>
                Declined(view, new OutcomeDecision(Verdict.Returned, view.Submission.ServiceId, note), text.ApplicationReturned.Fill(view.Reference, service, note)),
            _ => throw new ArgumentException($"application {view.Reference} is {view.Stage}, not decided", nameof(view)),
        };
    }

    public static LocalizedText ServiceName(ApplicationView view, ServiceCatalog catalog) =>
        catalog.FindService(view.Submission.ServiceId)?.Service.Name ?? catalog.Texts.Departments.ServiceUnavailable;

    private static ServiceOutcome Declined(ApplicationView view, OutcomeDecision decision, LocalizedText message) => new()
    {
        Status = OutcomeStatus.Declined,
        Reference = view.Reference,
        Message = message,
        Decision = decision,
    };
}
