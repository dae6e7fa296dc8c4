using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>
/// The citizen's say over their data (docs/PRIVACY.md). Consent on record, as the DPDP Act asks of a State
/// instrumentality: browsing needs none, but before a service uses anything about the citizen they read the itemized
/// notice and tap "I agree", which is recorded with the notice's version, their language and the time. A new notice
/// asks again; withdrawing takes one message, anywhere, and so do seeing what is held ("my data") and erasing it.
/// </summary>
public sealed partial class Conversation
{
    /// <summary>Every service but a page of information reads or keeps something about the citizen.</summary>
    private bool NeedsConsent(ChatSession session, Service service) =>
        service.Handler != HandlerKind.Information && !session.ConsentedTo(consent.Version);

    private Turn AskConsent(ChatSession session, Service service, Turn turn)
    {
        GoTo(session, new Step(StepKind.Consent, service.Id), remember: true);
        turn.Replies.AddRange(consent.Ask(service.Id, LanguageOf(session)));
        return turn;
    }

    private Turn Agree(ChatSession session, string version, string serviceId, Turn turn)
    {
        var language = LanguageOf(session);
        if (catalog.FindService(serviceId) is not { } found)
        {
            turn.Replies.Add(new TextReply(Ui.StaleChoice.In(language)));
            return Show(session, session.Current, turn, remember: false);
        }

        if (version != consent.Version)
        {
            // The citizen agreed to words that are no longer the notice: they must read what they now agree to.
            turn.Replies.Add(new TextReply(Privacy.Changed.In(language)));
            return AskConsent(session, found.Service, turn);
        }

        var at = turn.Message.SentAt;
        if (!session.ConsentedTo(version))
        {
            session.Record(new ConsentEvent(ConsentAction.Given, version, language, at));
            turn.Replies.Add(new TextReply(consent.Recorded(at, language)));
        }

        // The notice replaces itself with the service's page, so "back" from the first question leads there.
        GoTo(session, new Step(StepKind.Service, serviceId), remember: session.Current.Kind != StepKind.Consent);
        return Apply(session, found.Department, found.Service, turn);
    }

    private Turn Withdraw(ChatSession session, InboundMessage message, Turn turn)
    {
        var language = LanguageOf(session);
        if (session.Consents is not [.., { Action: ConsentAction.Given } given])
        {
            turn.Replies.Add(new TextReply(Privacy.NoneGiven.In(language)));
            return Show(session, Step.MainMenu, turn, remember: false);
        }

        // Answers typed under the consent now withdrawn are not kept for a form that can no longer be sent.
        session.Form = null;
        session.Record(new ConsentEvent(ConsentAction.Withdrawn, given.Version, language, message.SentAt));
        session.History.Clear();
        turn.Replies.Add(new TextReply(Privacy.Withdrawn.In(language)));
        return Show(session, Step.MainMenu, turn, remember: false);
    }

    /// <summary>
    /// "My data" as a signed PDF. Like "my data" it works anywhere, a form in progress going on, and it asks for no
    /// consent: learning what is held is the citizen's right (DPDP Act s.11) whether or not they agreed to a service,
    /// and the statement is made for them alone, at their request. An old button gives what is held now; after erasure
    /// the tap meets a first contact, which asks for the language and issues nothing.
    /// </summary>
    private static Turn IssueStatement(Turn turn)
    {
        turn.Effects.Add(new IssueDataStatement(turn.Message.CitizenId, turn.Message.MessageId));
        return turn;
    }

    private Turn Erase(ChatSession session, Turn turn)
    {
        var language = LanguageOf(session);
        if (session.Current.Kind != StepKind.Erase)
        {
            // Erasure cannot be undone: a tap on an old question asks again rather than erasing.
            return Show(session, new Step(StepKind.Erase), turn);
        }

        turn.Effects.Add(new Forgotten(turn.Message.CitizenId, [.. session.Documents.Select(d => d.Id)], [.. session.Applications]));
        session.Forget();
        turn.Replies.Add(new TextReply(Privacy.Erased.In(language)));
        return turn;
    }
}
