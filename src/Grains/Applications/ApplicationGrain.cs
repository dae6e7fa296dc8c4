using ManaMitra.Catalog;
using ManaMitra.Grains.Ledger;
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
    LedgerWriter ledger,
    ILogger<ApplicationGrain> logger) : Grain, IApplicationGrain
{
    // One state name per grain class (Orleans issue 8746).
    public const string StateName = "application";

    /// <summary>The kind of document an approved application issues.</summary>
    public const string DocumentKind = "certificate";

    /// <summary>Who a submission, a correction or an appeal is attributed to in the history: the citizen, through the chat.</summary>
    public const string Citizen = "citizen (WhatsApp)";

    public async Task<ApplicationView> Submit(ApplicationSubmission submission)
    {
        if (submission.Reference != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"application {submission.Reference} submitted to {this.GetPrimaryKeyString()}", nameof(submission));
        }

        // Indexed before it is recorded: an index entry without its record erases nothing; a record without its entry
        // would escape its citizen's erasure.
        await GrainFactory.GetGrain<ICitizenRecordsGrain>(submission.CitizenId).Filed(submission.Reference);

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

    public async Task<bool> Erase(string citizenId)
    {
        if (state.State.Submission is not { } submission || submission.CitizenId != citizenId)
        {
            return false;
        }

        // The certificate first: found through this application even when the conversation no longer lists it.
        if (state.State.DocumentId is { } documentId)
        {
            await GrainFactory.GetGrain<ICertificateGrain>(documentId).Erase();
        }

        state.State.Submission = submission with { ApplicantName = string.Empty, Answers = [] };
        state.State.History = state.State.History.Select(e => e.By == Citizen ? e with { Note = string.Empty } : e).ToList();
        await state.WriteStateAsync();
        return true;
    }

    public async Task<bool> Expire(DateTimeOffset quietSince)
    {
        if (View(state.State) is not { } view || view.Stage.IsPending() || view.History[^1].At >= quietSince)
        {
            return false;
        }

        // The lines that point at it first: a crash before the record goes leaves it for the next sweep, never a line
        // to nothing. The certificate stays: the registry keeps it for whoever verifies a printed copy.
        await Queue(view).Expired(view.Reference);
        await GrainFactory.GetGrain<ICitizenRecordsGrain>(view.Submission.CitizenId).Expired(view.Reference);
        await state.ClearStateAsync();
        LogExpired(view.Reference, view.Stage);
        return true;
    }

    public async Task FeePaid(string by, string paymentReference)
    {
        if (View(state.State) is not { Stage: ApplicationStage.FeeDue } before)
        {
            return;
        }

        Move(ApplicationStage.UnderReview, by, paymentReference, time.GetUtcNow());
        await state.WriteStateAsync();
        LogFeePaid(before.Reference, paymentReference);
        var view = View(state.State)!;
        await Queue(view).Track(view.Summary());
    }

    public async Task<DecisionResult> Decide(OfficerDecision decision)
    {
        if (View(state.State) is not { } before)
        {
            return DecisionResult.NotFound;
        }

        var submission = before.Submission;
        var appeal = before.Stage == ApplicationStage.UnderAppeal;
        var awaited = before.Stage switch
        {
            ApplicationStage.UnderReview => true,
            // An appeal asks whether the rejection was right: approved, or rejected for good; not sent back for more.
            ApplicationStage.UnderAppeal => decision.Verdict != Verdict.Returned,
            _ => false,
        };
        if (!awaited)
        {
            return DecisionResult.NotPending;
        }

        var note = decision.Note.Trim();
        if (decision.Verdict != Verdict.Approved && note.Length == 0)
        {
            return DecisionResult.NoteRequired;
        }

        if (appeal && string.Equals(decision.DecidedBy.Trim(), Rejecter(before), StringComparison.OrdinalIgnoreCase))
        {
            return DecisionResult.SameOfficial;
        }

        var now = time.GetUtcNow();
        var decided = new ApplicationEvent(now, Stage(decision.Verdict), decision.DecidedBy, note);
        // In the ledger before anything changes here: if the ledger refuses, the decision is not made (LedgerWriter).
        await ledger.AppendAsync(LedgerFacts.Decided(submission, state.State.History.Count, decided, appeal));
        var document = decision.Verdict == Verdict.Approved ? Document(submission, now) : null;
        state.State.DocumentId = document?.Id;
        Move(decided);
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

    public Task<CitizenReplyResult> Correct(CitizenReply reply) => Answer(CitizenReplyKind.Correction, reply);

    public Task<CitizenReplyResult> Appeal(CitizenReply reply) => Answer(CitizenReplyKind.Appeal, reply);

    /// <summary>
    /// The citizen's reply, recorded as the move it makes: a correction back to review, keeping the original due date
    /// (the department's promise still runs); an appeal to a senior official, due within the service's SLA from now.
    /// </summary>
    private async Task<CitizenReplyResult> Answer(CitizenReplyKind kind, CitizenReply reply)
    {
        if (View(state.State) is not { } before || before.Submission.CitizenId != reply.CitizenId)
        {
            return CitizenReplyResult.NotFound;
        }

        var text = reply.Text.Trim();
        if (text.Length is 0 or > CitizenReply.MaxLength)
        {
            return CitizenReplyResult.BadLength;
        }

        if (before.Awaits(kind) is not CitizenReplyResult.Done and var refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        if (kind == CitizenReplyKind.Appeal)
        {
            state.State.AppealDueBy = now + (before.Submission.DueBy - before.Submission.SubmittedAt);
        }

        Move(kind == CitizenReplyKind.Appeal ? ApplicationStage.UnderAppeal : ApplicationStage.UnderReview, Citizen, text, now);
        await state.WriteStateAsync();
        LogAnswered(before.Reference, state.State.Stage);

        var view = View(state.State)!;
        await Queue(view).Track(view.Summary());
        return CitizenReplyResult.Done;
    }

    /// <summary>Who made the rejection an appeal disputes: the last rejection in the history.</summary>
    private static string Rejecter(ApplicationView view) => view.History.Last(e => e.Stage == ApplicationStage.Rejected).By.Trim();

    private static ApplicationStage Stage(Verdict kind) => kind switch
    {
        Verdict.Approved => ApplicationStage.Approved,
        Verdict.Rejected => ApplicationStage.Rejected,
        _ => ApplicationStage.Returned,
    };

    private void Move(ApplicationStage stage, string by, string note, DateTimeOffset at) => Move(new ApplicationEvent(at, stage, by, note));

    private void Move(ApplicationEvent step)
    {
        state.State.Stage = step.Stage;
        state.State.History.Add(step);
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
        ? new ApplicationView
        {
            Submission = submission, Stage = s.Stage, History = [.. s.History], DocumentId = s.DocumentId, AppealDueBy = s.AppealDueBy,
        }
        : null;

    // References and stages only: the answers and names are personal.
    [LoggerMessage(Level = LogLevel.Information, Message = "Application {Reference} submitted to {Department}/{Service}: {Stage}")]
    private partial void LogSubmitted(string reference, string department, string service, ApplicationStage stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {Reference} {Stage} by {By}")]
    private partial void LogDecided(string reference, ApplicationStage stage, string by);

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {Reference} under review: fee paid by {Payment}")]
    private partial void LogFeePaid(string reference, string payment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {Reference} ({Stage}) erased at the end of its retention")]
    private partial void LogExpired(string reference, ApplicationStage stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {Reference} {Stage} on the citizen's reply")]
    private partial void LogAnswered(string reference, ApplicationStage stage);
}
