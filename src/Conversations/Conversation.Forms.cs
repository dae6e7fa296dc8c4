using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

// The conversation's side of forms: starting a service's form (or running a service that asks nothing) and passing
// the citizen's messages to the open form until it is submitted, backed out of or cancelled.
public sealed partial class Conversation
{
    /// <summary>Hands the message to the open form; false when the form ended and the message is for the menus.</summary>
    /// <summary>The form the citizen is still answering, with its service; null when none is (or it was submitted).</summary>
    private (FormSession Form, Service Service)? OpenForm(ChatSession session) =>
        session.Form is { Phase: not FormPhase.Submitted } form && catalog.FindService(form.ServiceId) is { } found ? (form, found.Service) : null;

    private bool ContinueForm(ChatSession session, InboundMessage message, string language, Turn turn)
    {
        var form = session.Form!;
        if (form.Phase == FormPhase.Submitted)
        {
            // Its service has answered: the form is done and the message is for the menus.
            session.Form = null;
            return false;
        }

        if (catalog.FindService(form.ServiceId) is not { } found)
        {
            // The service left the catalog while the citizen was answering: nothing to submit to.
            session.Form = null;
            return false;
        }

        var step = forms.TakesCode(form, found.Service, message)
            ? forms.Code(form, found.Service, session.Otp, message, language)
            : forms.Handle(form, found.Service, message, language);
        turn.Replies.AddRange(step.Replies);
        switch (step)
        {
            case FormStep.Continue or FormStep.HelpOffered:
                return true;
            case FormStep.CodeWanted:
                SendCode(form, found.Service, turn);
                return true;
            case FormStep.Submit submit:
                // Kept, submitted, until the service answers: see AfterRun.
                turn.RunService(found.Department, found.Service, submit.Answers, language);
                return true;
            case FormStep.BackedOut:
                session.Form = null;
                Show(session, new Step(StepKind.Service, found.Service.Id), turn, remember: false);
                return true;
            case FormStep.Cancelled:
                session.Form = null;
                session.History.Clear();
                Show(session, Step.MainMenu, turn, remember: false);
                return true;
            default:
                session.Form = null;
                return false;
        }
    }

    /// <summary>
    /// What follows a service's run for the form that submitted it: when the service found nothing by one answer,
    /// that question again with the reason (the citizen's retyped number is then an answer, not a search); else the
    /// form is done and null says to tell the outcome.
    /// </summary>
    public Reply? AfterRun(ChatSession session, string serviceId, ServiceOutcome outcome)
    {
        if (session.Form is not { Phase: FormPhase.Submitted } form || form.ServiceId != serviceId)
        {
            return null;
        }

        session.Form = null;
        if (outcome is not { Status: OutcomeStatus.Declined, ReaskInput: { } input } || catalog.FindService(serviceId) is not { } found)
        {
            return null;
        }

        var language = LanguageOf(session);
        var question = forms.Reask(form, found.Service, input, outcome.Message.In(language), language);
        if (question is not null)
        {
            session.Form = form;
        }

        return question;
    }

    // Services whose words match a sentence about equally ("bus ticket", "AC bus ticket", "cancel bus ticket" for "bus
    // ticket from vijayawada to tirupati") are told apart by the answers it gives: the first that takes the most wins.
    private const double NearlyAsGood = 0.9;
    private const int NearlyAsGoodMost = 5;

    // How far the best hit must lead the next for a choice's label alone to open its form.
    private const double ClearLead = 0.8;

    /// <summary>
    /// A sentence that names a service and gives its answers ("pay current bill 112233445566", "bus ticket from
    /// vijayawada to tirupati on friday") opens that service's form with them, instead of a list to pick from.
    /// </summary>
    /// <param name="hits">What the search found for the sentence, best first.</param>
    /// <param name="sentence">The message, its text the query searched.</param>
    private bool StartFromSentence(ChatSession session, IReadOnlyList<SearchHit> hits, InboundMessage sentence, Turn turn)
    {
        var language = LanguageOf(session);
        var clearLead = hits.Count == 1 || (hits.Count > 1 && hits[1].Score < ClearLead * hits[0].Score);
        var best = hits.Take(NearlyAsGoodMost).TakeWhile(h => h.Score >= NearlyAsGood * hits[0].Score)
            .Select((h, rank) => (h.Service, Started: h.Service.Inputs.Count > 0 ? forms.StartFrom(h.Service, sentence, language) : null, Rank: rank))
            .Select(s => (s.Service, s.Started, Weight: s.Started is { } opened ? Weight(s.Service, opened.Session, s.Rank == 0, clearLead) : 0))
            .Where(s => s.Weight > 0)
            // Stable: of equal weight, the better-ranked service.
            .OrderByDescending(s => s.Weight)
            .FirstOrDefault();
        // Without consent a sentence finds services but fills in nothing: the citizen had not agreed to what they typed
        // being used. They pick from the results, and starting one asks for consent.
        if (best.Started is not { } started || NeedsConsent(session, best.Service))
        {
            return false;
        }

        // "Back" from the first question leads to the service's page, and from there to where the citizen was.
        GoTo(session, new Step(StepKind.Service, best.Service.Id), remember: true);
        session.Form = started.Session;
        turn.Replies.AddRange(started.Replies);
        // The sentence gave the Aadhaar and the form went straight on to its one-time code.
        if (forms.NeedsCode(started.Session, best.Service))
        {
            SendCode(started.Session, best.Service, turn);
        }

        return true;
    }

    /// <summary>
    /// How much a sentence's answers say that it meant this service. A place after "from", a date, an Aadhaar or hall
    /// ticket number count wherever the service ranks. A bare reference number ("#") fits any service that asks for
    /// one, so it only confirms the best hit ("hall ticket 2512345678" is not the gurukul form because it asks a
    /// number). A choice's label is weaker still: the words that name it ("widow", "old age") usually named the
    /// service too, so it opens a form only for a best hit that leads clearly — "my grandmother's old age pension did
    /// not come" lists the pension services rather than opening a new application.
    /// </summary>
    private static int Weight(Service service, FormSession opened, bool best, bool clearLead) =>
        opened.Answers.Keys.Select(id => service.Inputs.First(i => i.Id == id)).Count(input =>
            input.Slots.Any(p => p.IsNumber) ? best
            : input.Kind == InputKind.Choice && input.Slots.Count == 0 ? best && clearLead
            : true);

    private void SendCode(FormSession form, Service service, Turn turn)
    {
        if (forms.CodeFor(form, service) is { } wanted)
        {
            turn.SendCode(service, wanted);
        }
    }

    private Turn Apply(ChatSession session, Department department, Service service, Turn turn)
    {
        if (NeedsConsent(session, service))
        {
            return AskConsent(session, service, turn);
        }

        var language = LanguageOf(session);
        if (service.Inputs.Count == 0)
        {
            turn.RunService(department, service, new Dictionary<string, string>(), language);
            return turn;
        }

        (session.Form, var questions) = forms.Start(service, language);
        turn.Replies.AddRange(questions);
        return turn;
    }
}
