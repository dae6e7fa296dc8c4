using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations;

// The conversation's side of forms: starting a service's form (or running a service that asks nothing) and passing
// the citizen's messages to the open form until it is submitted, backed out of or cancelled.
public sealed partial class Conversation
{
    /// <summary>Hands the message to the open form; false when the form ended and the message is for the menus.</summary>
    private bool ContinueForm(ChatSession session, InboundMessage message, string language, Turn turn)
    {
        var form = session.Form!;
        if (catalog.FindService(form.ServiceId) is not { } found)
        {
            // The service left the catalog while the citizen was answering: nothing to submit to.
            session.Form = null;
            return false;
        }

        var step = forms.Handle(form, found.Service, message, language);
        turn.Replies.AddRange(step.Replies);
        switch (step)
        {
            case FormStep.Continue or FormStep.HelpOffered:
                return true;
            case FormStep.Submit submit:
                session.Form = null;
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

    private Turn Apply(ChatSession session, Department department, Service service, Turn turn)
    {
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
