using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Options;

namespace ManaMitra.Conversations;

/// <summary>
/// The conversation's state machine: given a citizen's session and one message, it moves the session and says
/// what to reply. Pure: no I/O, no clock of its own, so it is tested directly and the grain stays thin.
/// </summary>
public sealed partial class Conversation(ServiceCatalog catalog, CatalogSearch search, FormFlow forms, ConsentNotice consent, IOptions<ChatOptions> chatOptions)
{
    private readonly Screens _screens = new(catalog, search, consent, new PrivacyScreens(catalog, chatOptions.Value));
    private readonly Commands _commands = new(catalog.Texts.Commands);
    private readonly ChatOptions _options = chatOptions.Value;

    private static readonly TimeSpan StoppedNoteInterval = TimeSpan.FromDays(1);

    /// <summary>What the bot says outside the catalog's data, for the notes the grain adds itself (slow down).</summary>
    public UiText Ui { get; } = catalog.Texts.Ui;

    private PrivacyText Privacy => catalog.Texts.Privacy;

    /// <summary>The citizen's language, or the fallback before they have chosen one (or when it is offered no more).</summary>
    public string LanguageOf(ChatSession session) => _screens.Languages.Offered(session.Language) ?? catalog.Texts.FallbackLanguage;

    /// <summary>
    /// Moves the session on by one message. Idle time is measured between the citizen's own send times (Meta's
    /// timestamps), so a delivery Meta delayed or retried does not count as the citizen having been away.
    /// </summary>
    public Turn Handle(ChatSession session, InboundMessage message)
    {
        var now = message.SentAt;
        var turn = new Turn(message);
        var command = message.ReplyId is null ? _commands.Recognize(message.Text) : Command.None;
        if (command != Command.None)
        {
            // A word that works anywhere is never a correction or an appeal: the citizen chose to do something else.
            session.AwaitedReply = null;
        }

        if (session.OptedOut)
        {
            if (command != Command.Start)
            {
                // Silence would look broken; a note on every message would be the spam STOP asked to end.
                if (now - session.StoppedNoteAt >= StoppedNoteInterval)
                {
                    session.StoppedNoteAt = now;
                    turn.Replies.Add(new TextReply(Ui.StillStopped.In(LanguageOf(session))));
                }

                return turn;
            }

            session.OptedOut = false;
            session.LastActivity = now;
            return Restart(session, turn);
        }

        if (session.Language is not null && session.LastActivity != default && now - session.LastActivity > _options.SessionTimeout)
        {
            turn.Replies.Add(new TextReply(Ui.TimedOut.In(LanguageOf(session))));
            session.Form = null;
            session.AwaitedReply = null;
            GoTo(session, Step.MainMenu, remember: false);
            session.History.Clear();
        }

        if (now > session.LastActivity)
        {
            session.LastActivity = now;
        }

        if (message.Kind == InboundKind.Reaction)
        {
            // A reaction is the citizen's feeling about a message, not a request: answering it would be noise.
            return turn;
        }

        if (command == Command.Stop)
        {
            session.OptedOut = true;
            turn.Replies.Add(new TextReply(Ui.Stopped.In(LanguageOf(session))));
            return turn;
        }

        if (session.Language is null)
        {
            return FirstContact(session, message, turn);
        }

        if (message.ReplyId == ChoiceIds.DataStatement)
        {
            return IssueStatement(turn);
        }

        switch (command)
        {
            case Command.Withdraw:
                return Withdraw(session, message, turn);
            case Command.MyData:
                turn.Replies.AddRange(_screens.Privacy.MyData(session, LanguageOf(session), now));
                return turn;
            case Command.Erase:
                // A form in progress ends, as with any word that works anywhere; erasing waits for the confirmation.
                session.Form = null;
                return Show(session, new Step(StepKind.Erase), turn);
        }

        var language = LanguageOf(session);
        if ((command == Command.Help || message.ReplyId == ChoiceIds.Help) && OpenForm(session) is { } open)
        {
            turn.Replies.Add(forms.Help(open.Form, open.Service, language));
            return turn;
        }

        if (command is Command.Menu or Command.Start or Command.Help or Command.Language)
        {
            // The words that work anywhere end a form too; "back" does not: inside a form it edits the last answer.
            session.Form = null;
        }
        else if (session.Form is not null && ContinueForm(session, message, language, turn))
        {
            return turn;
        }
        else if (session.AwaitedReply is not null && ContinueReply(session, message, language, turn))
        {
            return turn;
        }

        if (!IsReadable(message))
        {
            turn.Replies.Add(new TextReply(Ui.CannotRead.In(language)));
            return turn;
        }

        switch (command)
        {
            case Command.Menu or Command.Start:
                session.History.Clear();
                return Show(session, Step.MainMenu, turn, remember: false);
            case Command.Back:
                return Show(session, Pop(session), turn, remember: false);
            case Command.Help:
                return Show(session, new Step(StepKind.Help), turn);
            case Command.Language:
                return Show(session, Step.ChooseLanguage, turn);
        }

        if (message.ReplyId is { } id)
        {
            return Choose(session, id, turn);
        }

        return Typed(session, message, turn);
    }

    private Turn FirstContact(ChatSession session, InboundMessage message, Turn turn)
    {
        if (_screens.Languages.From(message) is not { } chosen)
        {
            session.Current = Step.ChooseLanguage;
            turn.Replies.Add(_screens.Languages.Screen());
            return turn;
        }

        session.Language = chosen;
        turn.Replies.Add(new TextReply(Ui.Privacy.In(chosen)));
        return Show(session, Step.MainMenu, turn, remember: false);
    }

    private Turn Restart(ChatSession session, Turn turn)
    {
        session.History.Clear();
        if (session.Language is null)
        {
            session.Current = Step.ChooseLanguage;
            turn.Replies.Add(_screens.Languages.Screen());
            return turn;
        }

        turn.Replies.Add(new TextReply(Ui.Restarted.In(LanguageOf(session))));
        return Show(session, Step.MainMenu, turn, remember: false);
    }

    private Turn Choose(ChatSession session, string id, Turn turn)
    {
        if (_screens.Languages.Offered(ChoiceIds.LanguageOf(id)) is { } chosen)
        {
            return SetLanguage(session, chosen, turn);
        }

        if (id == ChoiceIds.Back)
        {
            return Show(session, Pop(session), turn, remember: false);
        }

        if (ChoiceIds.AgreeOf(id) is { } agreed)
        {
            return Agree(session, agreed.Version, agreed.ServiceId, turn);
        }

        if (id == ChoiceIds.EraseConfirmed)
        {
            return Erase(session, turn);
        }

        if (ChoiceIds.DocumentOf(id) is { } documentId && session.Documents.Exists(d => d.Id == documentId))
        {
            // Only the citizen's own documents: an id typed into a crafted reply gets nothing.
            turn.Effects.Add(new ResendDocument(documentId));
            return turn;
        }

        if (ChoiceIds.ReplyAsked(id) is { } asked)
        {
            turn.AskReply(asked);
            return turn;
        }

        if (ChoiceIds.PayAgainOf(id) is { } payment)
        {
            turn.PayAgain(payment);
            return turn;
        }

        if (ChoiceIds.CancellationOf(id) is { } cancellation)
        {
            turn.CancelBooking(cancellation.Reference, cancellation.Confirmed);
            return turn;
        }

        if (ChoiceIds.RatingOf(id) is { } rating)
        {
            turn.RateGrievance(rating.Reference, rating.Stars);
            return turn;
        }

        if (ChoiceIds.ReopenOf(id) is { } reopened)
        {
            turn.ReopenGrievance(reopened);
            return turn;
        }

        if (id == ChoiceIds.MyApplications)
        {
            turn.Effects.Add(new ListApplications());
            return turn;
        }

        if (ChoiceIds.ApplicationOf(id) is { } reference)
        {
            turn.ShowApplication(reference);
            return turn;
        }

        if (ChoiceIds.Applied(id) is { } serviceId && catalog.FindService(serviceId) is { } applied)
        {
            return Apply(session, applied.Department, applied.Service, turn);
        }

        if (ChoiceIds.Destination(id) is { } step && Exists(step))
        {
            // Turning a page replaces the page: "back" from page 3 returns to the screen before the list.
            var samePlace = step.Kind == session.Current.Kind && step.Target == session.Current.Target;
            if (step.Kind == StepKind.MainMenu)
            {
                session.History.Clear();
            }

            return Show(session, step, turn, remember: !samePlace && step.Kind != StepKind.MainMenu);
        }

        turn.Replies.Add(new TextReply(Ui.StaleChoice.In(LanguageOf(session))));
        return Show(session, session.Current, turn, remember: false);
    }

    private Turn Typed(ChatSession session, InboundMessage message, Turn turn)
    {
        var text = message.Text ?? "";
        var typed = Vocabulary.Typed.Normalize(text);
        if (session.Current.Kind == StepKind.ChooseLanguage)
        {
            return _screens.Languages.From(typed) is { } chosen ? SetLanguage(session, chosen, turn) : Show(session, session.Current, turn, remember: false);
        }

        // A number picks that row of the list on screen: quicker than opening the list on a small phone.
        if (!Screens.ExpectsQuery(session.Current)
            && int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && ChoicesOnScreen(session) is var choices && number >= 1 && number <= choices.Count)
        {
            return Choose(session, choices[number - 1], turn);
        }

        if (typed.Length == 0)
        {
            return Show(session, session.Current, turn, remember: false);
        }

        // A reference number typed anywhere outside a form is a question about that application, not a search.
        if (ApplicationReference.Candidates(text).Count > 0)
        {
            turn.ShowApplication(text);
            return turn;
        }

        var query = SearchQuery.Kept(typed);
        // Counted here, where the citizen typed it: the results screen is drawn again on "back" or a stale tap, and that
        // is no new search.
        var hits = search.Find(query, Screens.MaxSearchResults);
        turn.Searched(query, foundNothing: hits.Count == 0);
        if (StartFromSentence(session, hits, message with { Text = query }, turn))
        {
            return turn;
        }

        GoTo(session, new Step(StepKind.SearchResults, query), remember: session.Current.Kind != StepKind.SearchPrompt);
        turn.Replies.Add(_screens.SearchResults(query, hits, LanguageOf(session)));
        return turn;
    }

    private Turn SetLanguage(ChatSession session, string language, Turn turn)
    {
        session.Language = language;
        session.History.Clear();
        turn.Replies.Add(new TextReply(Ui.LanguageSet.In(language)));
        return Show(session, Step.MainMenu, turn, remember: false);
    }

    private Turn Show(ChatSession session, Step step, Turn turn, bool remember = true)
    {
        GoTo(session, step, remember);
        turn.Replies.Add(_screens.Show(step, LanguageOf(session), session.Documents));
        return turn;
    }

    private static void GoTo(ChatSession session, Step step, bool remember)
    {
        if (remember && session.Current != step)
        {
            session.History.Add(session.Current);
        }

        session.Current = step;
    }

    private static Step Pop(ChatSession session)
    {
        if (session.History.Count == 0)
        {
            return Step.MainMenu;
        }

        var previous = session.History[^1];
        session.History.RemoveAt(session.History.Count - 1);
        // Back to the language screen would trap a citizen who already chose; the main menu is the floor.
        return previous.Kind == StepKind.ChooseLanguage ? Step.MainMenu : previous;
    }

    private bool Exists(Step step) => step.Kind switch
    {
        StepKind.Department => catalog.FindDepartment(step.Target ?? "") is not null,
        StepKind.Service => catalog.FindService(step.Target ?? "") is not null,
        _ => true,
    };

    private IReadOnlyList<string> ChoicesOnScreen(ChatSession session) =>
        _screens.Show(session.Current, LanguageOf(session), session.Documents) switch
        {
            ListReply list => list.Sections.SelectMany(s => s.Rows).Select(r => r.Id).ToList(),
            ButtonsReply buttons => buttons.Buttons.Select(b => b.Id).ToList(),
            _ => [],
        };

    private static bool IsReadable(InboundMessage message) => message.Kind is InboundKind.Text or InboundKind.ButtonReply
        or InboundKind.ListReply or InboundKind.QuickReply;
}
