using ManaMitra.Departments.Jurisdictions;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Grains.Ledger;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Observability;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Grains.Grievances;

// What officials do to a grievance (IGrievanceGrain.Act): comment, ask the citizen, assign, transfer, resolve. Each
// kind is one step of the history, entered in the ledger before anything changes (if the ledger refuses, the action is
// not taken: LedgerWriter) and written before anyone is told.
public sealed partial class GrievanceGrain
{
    public async Task<GrievanceActResult> Act(GrievanceAction action)
    {
        var grievance = state.State;
        if (grievance.Submission is not { } submission)
        {
            return GrievanceActResult.NotFound;
        }

        if (submission.DepartmentId != action.DepartmentId)
        {
            return GrievanceActResult.NotYours;
        }

        if (grievance.Status != GrievanceStatus.Open)
        {
            return GrievanceActResult.Closed;
        }

        var now = time.GetUtcNow();
        return action.Kind switch
        {
            GrievanceActionKind.Transfer => await Transfer(submission, action, now),
            GrievanceActionKind.Ask => await Ask(submission, action, now),
            GrievanceActionKind.Assign => await Assign(action, now),
            GrievanceActionKind.Comment => await Record(await Enter(Here(GrievanceStepKind.Comment, action.Note, action, now))),
            _ => await Resolve(submission, action, now),
        };
    }

    private async Task<GrievanceActResult> Resolve(GrievanceSubmission submission, GrievanceAction action, DateTimeOffset now)
    {
        var grievance = state.State;
        var step = await Enter(Here(GrievanceStepKind.Resolved, action.Note, action, now));
        var office = step.OfficeId;
        grievance.Status = GrievanceStatus.Resolved;
        // A question still waiting is moot once the office has answered the grievance itself.
        grievance.Question = null;
        grievance.History.Add(step);
        grievance.NoticeOwed = Notice(Text.GrievanceResolved.Fill(submission.Reference, action.Note)) with { GrievanceFeedback = true };
        await Persist();
        metrics.Happened(submission.DepartmentId, GrievanceEvent.Resolved);
        LogResolved(submission.Reference, office);
        await Track();
        await TellWhatIsOwed();
        return GrievanceActResult.Done;
    }

    /// <summary>The question goes to the citizen's chat with an Answer button; it waits there until answered or resolved.</summary>
    private async Task<GrievanceActResult> Ask(GrievanceSubmission submission, GrievanceAction action, DateTimeOffset now)
    {
        var grievance = state.State;
        var step = await Enter(Here(GrievanceStepKind.Asked, action.Note, action, now));
        grievance.Question = action.Note;
        grievance.NoticeOwed = Notice(Text.GrievanceQuestion.Fill(submission.Reference, submission.Chain[grievance.Level].Name, action.Note)) with { GrievanceQuestion = true };
        await Record(step);
        await TellWhatIsOwed();
        return GrievanceActResult.Done;
    }

    private async Task<GrievanceActResult> Assign(GrievanceAction action, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Assignee);
        var step = await Enter(Here(GrievanceStepKind.Assigned, action.Assignee, action, now));
        state.State.Assignee = action.Assignee;
        await Record(step);
        await Track();
        return GrievanceActResult.Done;
    }

    /// <summary>The official's step at the office holding the grievance.</summary>
    private GrievanceStep Here(GrievanceStepKind kind, string note, GrievanceAction action, DateTimeOffset now) =>
        new(now, kind, state.State.Submission!.Chain[state.State.Level].Id, action.By, note);

    /// <summary><paramref name="step"/> in the ledger, as the next step of the history; nothing has changed yet.</summary>
    private async Task<GrievanceStep> Enter(GrievanceStep step)
    {
        await ledger.AppendAsync(LedgerFacts.Acted(state.State.Submission!, state.State.History.Count, step));
        return step;
    }

    /// <summary>A step entered in the ledger, written before anything else happens.</summary>
    private async Task<GrievanceActResult> Record(GrievanceStep step)
    {
        state.State.History.Add(step);
        await Persist();
        return GrievanceActResult.Done;
    }

    /// <summary>
    /// The office named answers from now, with a full window, escalating through its own mandal and district to the
    /// same department at the state; the citizen is told where it went.
    /// </summary>
    private async Task<GrievanceActResult> Transfer(GrievanceSubmission submission, GrievanceAction action, DateTimeOffset now)
    {
        if (action.OfficeId is not { } id || offices.Find(id) is not { Kind: not OfficeKind.State } to)
        {
            return GrievanceActResult.UnknownOffice;
        }

        var grievance = state.State;
        var from = submission.Chain[grievance.Level];
        if (from.Id == id)
        {
            return GrievanceActResult.SameOffice;
        }

        var step = await Enter(new GrievanceStep(now, GrievanceStepKind.Transferred, id, action.By, $"{from.Id}: {action.Note}"));
        grievance.Submission = submission with
        {
            Chain =
            [
                .. new[] { to }.Concat(offices.EscalationChain(id)).Where(o => o.Kind != OfficeKind.State).Select(o => new GrievanceOffice(o.Id, o.Name)),
                submission.Chain[^1],
            ],
        };
        grievance.Level = 0;
        grievance.Assignee = null;
        grievance.WarnedLevel = -1;
        grievance.DueBy = now + Window(submission);
        grievance.History.Add(step);
        grievance.NoticeOwed = Notice(Text.GrievanceTransferred.Fill(submission.Reference, to.Name, Dates.Format(grievance.DueBy)));
        await Persist();
        metrics.Happened(submission.DepartmentId, GrievanceEvent.Transferred);
        LogTransferred(submission.Reference, from.Id, id);
        await Track();
        await StartClock(grievance.Submission);
        await TellWhatIsOwed();
        return GrievanceActResult.Done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Grievance {Reference} transferred from {From} to {To}")]
    private partial void LogTransferred(string reference, string from, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grievance {Reference} resolved at {Office}")]
    private partial void LogResolved(string reference, string office);
}
