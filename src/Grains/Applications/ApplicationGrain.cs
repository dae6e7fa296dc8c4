using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Persistence;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Grains.Applications;

/// <summary>
/// One application: recorded when the citizen submits it, decided by an official, and only then a document. Every
/// change of stage is written with who made it before anyone is told, so the record is what the citizen, the
/// officials and the verification page all read.
/// </summary>
public sealed partial class ApplicationGrain(
    [PersistentState(ApplicationGrain.StateName, StorageNames.Citizens)] IPersistentState<ApplicationState> state,
    ServiceCatalog catalog,
    TimeProvider time,
    ILogger<ApplicationGrain> logger) : Grain, IApplicationGrain
{
    // One state name per grain class (Orleans issue 8746).
    public const string StateName = "application";

    /// <summary>The kind of document an approved application issues.</summary>
    public const string DocumentKind = "certificate";

    /// <summary>Who a submission is attributed to in the history: the citizen, through the chat.</summary>
    public const string Citizen = "citizen (WhatsApp)";

    public async Task<ApplicationView> Submit(ApplicationSubmission submission)
    {
        if (submission.Reference != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"application {submission.Reference} submitted to {this.GetPrimaryKeyString()}", nameof(submission));
        }

        // A repeated submission (the chat retrying after a failure) keeps what was recorded first.
        if (state.State.Submission is null)
        {
            state.State.Submission = submission;
            Move(submission.Fee > 0 ? ApplicationStage.FeeDue : ApplicationStage.UnderReview, Citizen, string.Empty, submission.SubmittedAt);
            await state.WriteStateAsync();
            LogSubmitted(submission.Reference, submission.DepartmentId, submission.ServiceId, state.State.Stage);
        }

        var view = View(state.State)!;
        await Queue(view).Track(view.Summary());
        return view;
    }

    public Task<ApplicationView?> View() => Task.FromResult(View(state.State));

    public async Task<DecisionResult> Decide(OfficerDecision decision)
    {
        if (state.State.Submission is not { } submission)
        {
            return DecisionResult.NotFound;
        }

        if (state.State.Stage != ApplicationStage.UnderReview)
        {
            return DecisionResult.NotPending;
        }

        var note = decision.Note.Trim();
        if (decision.Verdict != Verdict.Approved && note.Length == 0)
        {
            return DecisionResult.NoteRequired;
        }

        var now = time.GetUtcNow();
        var document = decision.Verdict == Verdict.Approved ? Document(submission, now) : null;
        state.State.DocumentId = document?.Id;
        Move(Stage(decision.Verdict), decision.DecidedBy, note, now);
        await state.WriteStateAsync();
        LogDecided(submission.Reference, state.State.Stage, decision.DecidedBy);

        if (document is not null)
        {
            // Registered before the citizen hears of it, so the QR verifies from the first look.
            await GrainFactory.GetGrain<ICertificateGrain>(document.Id).Issue(document);
        }

        var view = View(state.State)!;
        await Queue(view).Track(view.Summary());
        await GrainFactory.GetGrain<ICitizenChatGrain>(submission.CitizenId).Notify(DecisionNotice.For(view, document, catalog));
        return DecisionResult.Done;
    }

    private static ApplicationStage Stage(Verdict kind) => kind switch
    {
        Verdict.Approved => ApplicationStage.Approved,
        Verdict.Rejected => ApplicationStage.Rejected,
        _ => ApplicationStage.Returned,
    };

    private void Move(ApplicationStage stage, string by, string note, DateTimeOffset at)
    {
        state.State.Stage = stage;
        state.State.History.Add(new ApplicationEvent(at, stage, by, note));
    }

    private IDepartmentApplicationsGrain Queue(ApplicationView view) =>
        GrainFactory.GetGrain<IDepartmentApplicationsGrain>(view.Submission.DepartmentId);

    // The holder and facts are the application's as the official approved them, never retyped.
    private IssuedDocument Document(ApplicationSubmission submission, DateTimeOffset now) => new()
    {
        Id = submission.Reference,
        Kind = DocumentKind,
        Title = catalog.FindService(submission.ServiceId)?.Service.Name ?? catalog.Texts.Departments.ServiceUnavailable,
        HolderName = submission.ApplicantName,
        DepartmentId = submission.DepartmentId,
        ServiceId = submission.ServiceId,
        IssuedAt = now,
        Fields = submission.Answers,
    };

    private static ApplicationView? View(ApplicationState s) => s.Submission is { } submission
        ? new ApplicationView { Submission = submission, Stage = s.Stage, History = [.. s.History], DocumentId = s.DocumentId }
        : null;

    // References and stages only: the answers and names are personal.
    [LoggerMessage(Level = LogLevel.Information, Message = "Application {Reference} submitted to {Department}/{Service}: {Stage}")]
    private partial void LogSubmitted(string reference, string department, string service, ApplicationStage stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {Reference} {Stage} by {By}")]
    private partial void LogDecided(string reference, ApplicationStage stage, string by);
}
