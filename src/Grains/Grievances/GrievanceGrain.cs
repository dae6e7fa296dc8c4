using ManaMitra.Catalog;
using ManaMitra.Departments.Jurisdictions;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Grains.Ledger;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;
using ManaMitra.Observability;
using ManaMitra.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Grievances;

/// <inheritdoc cref="IGrievanceGrain"/>
/// <remarks>
/// The clock is a reminder (it survives silo restarts, on PostgreSQL) set for each office's warning and ticking after
/// it until the office answers or the grievance goes up. Every
/// change is written before anyone is told; the citizen's notice is written as owed with it and cleared once sent.
/// </remarks>
public sealed partial class GrievanceGrain(
    [PersistentState(GrievanceGrain.StateName, StorageNames.Citizens)] IPersistentState<GrievanceState> state,
    TimeProvider time,
    ServiceCatalog catalog,
    OfficeTree offices,
    IOptions<GrievancesOptions> options,
    GrievanceMetrics metrics,
    LedgerWriter ledger,
    ILogger<GrievanceGrain> logger) : Grain, IGrievanceGrain, IRemindable
{
    public const string StateName = "grievance";

    /// <summary>Who lodges, rates, reopens and answers, in the history: the citizen, through the chat.</summary>
    private const string Citizen = "citizen";

    /// <summary>Who moves a grievance up the chain, in its history.</summary>
    public const string SlaClock = "SLA clock";

    private const string Clock = "sla";

    private DepartmentText Text => catalog.Texts.Departments;

    public async Task<GrievanceView> Lodge(GrievanceSubmission submission)
    {
        if (ViewOf() is { } lodged)
        {
            return lodged;
        }

        ArgumentOutOfRangeException.ThrowIfZero(submission.Chain.Count);
        // Indexed before it is recorded, as applications are (ApplicationGrain.Submit).
        await GrainFactory.GetGrain<ICitizenRecordsGrain>(submission.CitizenId).Filed(this.GetPrimaryKeyString());
        var grievance = state.State;
        grievance.Submission = submission;
        grievance.Status = GrievanceStatus.Open;
        grievance.DueBy = submission.LodgedAt + Window(submission);
        grievance.History.Add(new GrievanceStep(submission.LodgedAt, GrievanceStepKind.Lodged, submission.Chain[0].Id, Citizen, string.Empty));
        await Persist();
        metrics.Happened(submission.DepartmentId, GrievanceEvent.Lodged);
        await Track();
        await StartClock(submission);
        return ViewOf()!;
    }

    public Task<GrievanceView?> View() => Task.FromResult(ViewOf());

    public async Task<bool> Erase(string citizenId)
    {
        if (state.State.Submission is not { } submission || submission.CitizenId != citizenId)
        {
            return false;
        }

        await Task.WhenAll(submission.Evidence.Select(e => GrainFactory.GetGrain<IEvidenceGrain>(e.MediaId).Erase()));
        state.State.Submission = submission with { Details = [], Evidence = [] };
        state.State.History = state.State.History.Select(s => s.By == Citizen ? s with { Note = string.Empty } : s).ToList();
        await Persist();
        return true;
    }

    public async Task<bool> Expire(DateTimeOffset quietSince)
    {
        if (state.State is not { Submission: { } submission, Status: GrievanceStatus.Resolved, NoticeOwed: null } grievance
            || grievance.History[^1].At >= quietSince)
        {
            return false;
        }

        // As an application expires (ApplicationGrain.Expire): what points at it first, then its files, then the record.
        await GrainFactory.GetGrain<IGrievanceQueueGrain>(submission.DepartmentId).Expired(submission.Reference);
        await GrainFactory.GetGrain<ICitizenRecordsGrain>(submission.CitizenId).Expired(submission.Reference);
        await Task.WhenAll(submission.Evidence.Select(e => GrainFactory.GetGrain<IEvidenceGrain>(e.MediaId).Erase()));
        await state.ClearStateAsync();
        LogExpired(submission.Reference);
        return true;
    }

    public async Task<GrievanceActResult> Rate(string citizenId, int stars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stars, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stars, 5);
        if (Closing(citizenId) is { } refused)
        {
            return refused;
        }

        var grievance = state.State;
        grievance.Rating = stars;
        grievance.History.Add(new GrievanceStep(time.GetUtcNow(), GrievanceStepKind.Rated, grievance.History[^1].OfficeId, Citizen,
            stars.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await Persist();
        await Track();
        return GrievanceActResult.Done;
    }

    public async Task<GrievanceActResult> Reopen(string citizenId)
    {
        if (Closing(citizenId) is { } refused)
        {
            return refused;
        }

        var grievance = state.State;
        var submission = grievance.Submission!;
        var now = time.GetUtcNow();
        var resolvedAt = grievance.History.Last(s => s.Kind == GrievanceStepKind.Resolved).At;
        if (now > resolvedAt + options.Value.DayLength * options.Value.ReopenDays)
        {
            return GrievanceActResult.TooLate;
        }

        // Whoever resolved it does not judge it again: it goes one office up, with a full window.
        grievance.Level = Math.Min(grievance.Level + 1, submission.Chain.Count - 1);
        grievance.Assignee = null;
        grievance.Status = GrievanceStatus.Open;
        grievance.Rating = null;
        // The office it reopens at is warned again, even when it was warned before (a reopen at the top of the chain).
        grievance.WarnedLevel = grievance.Level - 1;
        grievance.DueBy = now + Window(submission);
        grievance.History.Add(new GrievanceStep(now, GrievanceStepKind.Reopened, submission.Chain[grievance.Level].Id, Citizen, string.Empty));
        await Persist();
        metrics.Happened(submission.DepartmentId, GrievanceEvent.Reopened);
        await Track();
        await StartClock(submission);
        return GrievanceActResult.Done;
    }

    public async Task<GrievanceActResult> Answer(string citizenId, string text)
    {
        var grievance = state.State;
        if (grievance.Submission is not { } submission)
        {
            return GrievanceActResult.NotFound;
        }

        if (submission.CitizenId != citizenId)
        {
            return GrievanceActResult.NotYours;
        }

        if (grievance.Status != GrievanceStatus.Open || grievance.Question is null)
        {
            return GrievanceActResult.NotAsked;
        }

        grievance.Question = null;
        grievance.History.Add(new GrievanceStep(time.GetUtcNow(), GrievanceStepKind.Answered, submission.Chain[grievance.Level].Id, Citizen, text));
        await Persist();
        return GrievanceActResult.Done;
    }

    /// <summary>Why the citizen cannot rate or reopen now, or null when they can: only their own, resolved grievance.</summary>
    private GrievanceActResult? Closing(string citizenId) => state.State switch
    {
        { Submission: null } => GrievanceActResult.NotFound,
        { Submission: { } submission } when submission.CitizenId != citizenId => GrievanceActResult.NotYours,
        { Status: GrievanceStatus.Open } => GrievanceActResult.StillOpen,
        _ => null,
    };

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var grievance = state.State;
        if (grievance is { Submission: { } submission, Status: GrievanceStatus.Open })
        {
            var now = time.GetUtcNow();
            metrics.ReminderFired(submission.DepartmentId, now - status.CurrentTickTime);
            var window = Window(submission);
            if (now >= grievance.DueBy)
            {
                await Escalate(submission, now, window);
            }
            else if (now >= grievance.DueBy - window / 4 && grievance.WarnedLevel < grievance.Level)
            {
                grievance.WarnedLevel = grievance.Level;
                grievance.History.Add(new GrievanceStep(now, GrievanceStepKind.Warned, submission.Chain[grievance.Level].Id, SlaClock, Dates.Format(grievance.DueBy)));
                await Persist();
                metrics.Happened(submission.DepartmentId, GrievanceEvent.Warned);
            }
        }

        await TellWhatIsOwed();
    }

    /// <summary>The next office up answers now, with a full window of its own; at the top it stays overdue there.</summary>
    private async Task Escalate(GrievanceSubmission submission, DateTimeOffset now, TimeSpan window)
    {
        var grievance = state.State;
        if (grievance.Level + 1 >= submission.Chain.Count)
        {
            return;
        }

        var from = submission.Chain[grievance.Level];
        grievance.Level++;
        grievance.Assignee = null;
        grievance.DueBy = now + window;
        var to = submission.Chain[grievance.Level];
        grievance.History.Add(new GrievanceStep(now, GrievanceStepKind.Escalated, to.Id, SlaClock, from.Id));
        grievance.NoticeOwed = Notice(Text.GrievanceEscalated.Fill(submission.Reference, to.Name, Dates.Format(grievance.DueBy)));
        await Persist();
        metrics.Happened(submission.DepartmentId, GrievanceEvent.Escalated);
        LogEscalated(submission.Reference, from.Id, to.Id);
        await Track();
        await StartClock(submission);
    }

    /// <summary>
    /// The first tick at three quarters of the current office's window (its warning), then ticks a quarter window
    /// apart (within <see cref="GrievancesOptions.Tick"/>'s bounds) until it is answered or escalated.
    /// </summary>
    private async Task StartClock(GrievanceSubmission submission)
    {
        var window = Window(submission);
        var warning = state.State.DueBy - window / 4 - time.GetUtcNow();
        await this.RegisterOrUpdateReminder(Clock, warning > TimeSpan.Zero ? warning : TimeSpan.Zero, GrievancesOptions.Tick(window));
    }

    /// <summary>The owed notice, if any; the clock stops once the grievance is closed and nothing is owed.</summary>
    private async Task TellWhatIsOwed()
    {
        var grievance = state.State;
        if (grievance is { Submission: { } submission, NoticeOwed: { } notice })
        {
            await GrainFactory.GetGrain<ICitizenChatGrain>(submission.CitizenId).Notify(notice);
            grievance.NoticeOwed = null;
            await Persist();
        }

        var atTopAndOverdue = grievance.Submission is { } s && grievance.Level + 1 >= s.Chain.Count && time.GetUtcNow() >= grievance.DueBy;
        if ((grievance.Status != GrievanceStatus.Open || atTopAndOverdue) && await this.GetReminder(Clock) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private ServiceOutcome Notice(LocalizedText message) => new()
    {
        Status = OutcomeStatus.Completed,
        Reference = state.State.Submission!.Reference,
        Message = message,
    };

    private TimeSpan Window(GrievanceSubmission submission) => options.Value.DayLength * Math.Max(1, submission.SlaDays);

    private Task Track() => state.State.Submission is { } submission
        ? GrainFactory.GetGrain<IGrievanceQueueGrain>(submission.DepartmentId).Track(new GrievanceSummary(
            submission.Reference, submission.DepartmentId, submission.Chain[state.State.Level].Id, state.State.Status, state.State.Level, state.State.DueBy, submission.LodgedAt,
            [.. submission.Chain.Skip(state.State.Level + 1).Select(o => o.Id)],
            state.State.Status == GrievanceStatus.Resolved ? state.State.History.LastOrDefault(s => s.Kind == GrievanceStepKind.Resolved)?.At : null,
            state.State.Rating,
            state.State.Assignee))
        : Task.CompletedTask;

    private GrievanceView? ViewOf() => state.State is { Submission: { } submission } grievance
        ? new GrievanceView
        {
            Submission = submission,
            Status = grievance.Status,
            Level = grievance.Level,
            DueBy = grievance.DueBy,
            History = [.. grievance.History],
            Rating = grievance.Rating,
            Question = grievance.Question,
            Assignee = grievance.Assignee,
        }
        : null;

    private Task Persist() => state.WriteOrDeactivate(this);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grievance {Reference} erased at the end of its retention")]
    private partial void LogExpired(string reference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grievance {Reference} escalated from {From} to {To}")]
    private partial void LogEscalated(string reference, string from, string to);
}
