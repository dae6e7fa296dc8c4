using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Chat;
using ManaMitra.Messaging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Conversations;

/// <summary>
/// The conversation's state machine: given a citizen's session and one message, it moves the session and says
/// what to reply. Pure: no I/O, no clock of its own, so it is tested directly and the grain stays thin.
/// </summary>
public sealed class Conversation(ServiceCatalog catalog, CatalogSearch search, IOptions<ChatOptions> chatOptions)
{
    private readonly Screens _screens = new(catalog, search);
    private readonly ChatOptions _options = chatOptions.Value;

    /// <summary>
    /// Moves the session on by one message. Idle time is measured between the citizen's own send times (Meta's
    /// timestamps), so a delivery Meta delayed or retried does not count as the citizen having been away.
    /// </summary>
    public IReadOnlyList<Reply> Handle(ChatSession session, InboundMessage message)
    {
        var now = message.SentAt;
        var replies = new List<Reply>();
        var command = message.ReplyId is null ? Commands.Recognize(message.Text) : Command.None;

        if (session.OptedOut)
        {
            if (command != Command.Start)
            {
                return replies;
            }

            session.OptedOut = false;
            session.LastActivity = now;
            return Restart(session, replies);
        }

        if (session.Language is not null && session.LastActivity != default && now - session.LastActivity > _options.SessionTimeout)
        {
            replies.Add(new TextReply(UiText.TimedOut.In(session.Language.Value)));
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
            return replies;
        }

        if (command == Command.Stop)
        {
            session.OptedOut = true;
            replies.Add(new TextReply(UiText.Stopped.In(session.Language ?? Language.English)));
            return replies;
        }

        if (session.Language is null)
        {
            return FirstContact(session, message, replies);
        }

        var language = session.Language.Value;
        if (!IsReadable(message))
        {
            replies.Add(new TextReply(UiText.CannotRead.In(language)));
            return replies;
        }

        switch (command)
        {
            case Command.Menu or Command.Start:
                session.History.Clear();
                return Show(session, Step.MainMenu, replies, remember: false);
            case Command.Back:
                return Show(session, Pop(session), replies, remember: false);
            case Command.Help:
                return Show(session, new Step(StepKind.Help), replies);
            case Command.Language:
                return Show(session, Step.ChooseLanguage, replies);
        }

        if (message.ReplyId is { } id)
        {
            return Choose(session, id, replies);
        }

        return Typed(session, message.Text ?? "", replies);
    }

    private IReadOnlyList<Reply> FirstContact(ChatSession session, InboundMessage message, List<Reply> replies)
    {
        if (LanguageFrom(message) is not { } chosen)
        {
            session.Current = Step.ChooseLanguage;
            replies.Add(Screens.LanguageChoice());
            return replies;
        }

        session.Language = chosen;
        replies.Add(new TextReply(UiText.Privacy.In(chosen)));
        return Show(session, Step.MainMenu, replies, remember: false);
    }

    private IReadOnlyList<Reply> Restart(ChatSession session, List<Reply> replies)
    {
        session.History.Clear();
        if (session.Language is not { } language)
        {
            session.Current = Step.ChooseLanguage;
            replies.Add(Screens.LanguageChoice());
            return replies;
        }

        replies.Add(new TextReply(UiText.Restarted.In(language)));
        return Show(session, Step.MainMenu, replies, remember: false);
    }

    private IReadOnlyList<Reply> Choose(ChatSession session, string id, List<Reply> replies)
    {
        if (id is ChoiceIds.English or ChoiceIds.Telugu)
        {
            return SetLanguage(session, id == ChoiceIds.Telugu ? Language.Telugu : Language.English, replies);
        }

        if (id == ChoiceIds.Back)
        {
            return Show(session, Pop(session), replies, remember: false);
        }

        if (ChoiceIds.Destination(id) is { } step && Exists(step))
        {
            // Turning a page replaces the page: "back" from page 3 returns to the screen before the list.
            var samePlace = step.Kind == session.Current.Kind && step.Target == session.Current.Target;
            if (step.Kind == StepKind.MainMenu)
            {
                session.History.Clear();
            }

            return Show(session, step, replies, remember: !samePlace && step.Kind != StepKind.MainMenu);
        }

        replies.Add(new TextReply(UiText.StaleChoice.In(session.Language!.Value)));
        return Show(session, session.Current, replies, remember: false);
    }

    private IReadOnlyList<Reply> Typed(ChatSession session, string text, List<Reply> replies)
    {
        var typed = Commands.Normalize(text);
        if (session.Current.Kind == StepKind.ChooseLanguage)
        {
            return LanguageFrom(typed) is { } chosen ? SetLanguage(session, chosen, replies) : Show(session, session.Current, replies, remember: false);
        }

        // A number picks that row of the list on screen: quicker than opening the list on a small phone.
        if (!Screens.ExpectsQuery(session.Current)
            && int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && ChoicesOnScreen(session) is var choices && number >= 1 && number <= choices.Count)
        {
            return Choose(session, choices[number - 1], replies);
        }

        if (typed.Length == 0)
        {
            return Show(session, session.Current, replies, remember: false);
        }

        return Show(session, new Step(StepKind.SearchResults, typed), replies, remember: session.Current.Kind != StepKind.SearchPrompt);
    }

    private IReadOnlyList<Reply> SetLanguage(ChatSession session, Language language, List<Reply> replies)
    {
        session.Language = language;
        session.History.Clear();
        replies.Add(new TextReply(UiText.LanguageSet.In(language)));
        return Show(session, Step.MainMenu, replies, remember: false);
    }

    private IReadOnlyList<Reply> Show(ChatSession session, Step step, List<Reply> replies, bool remember = true)
    {
        GoTo(session, step, remember);
        replies.Add(step.Kind == StepKind.ChooseLanguage ? Screens.LanguageChoice() : _screens.Show(step, session.Language!.Value));
        return replies;
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
        _screens.Show(session.Current, session.Language!.Value) switch
        {
            ListReply list => list.Sections.SelectMany(s => s.Rows).Select(r => r.Id).ToList(),
            ButtonsReply buttons => buttons.Buttons.Select(b => b.Id).ToList(),
            _ => [],
        };

    private static bool IsReadable(InboundMessage message) => message.Kind is InboundKind.Text or InboundKind.ButtonReply
        or InboundKind.ListReply or InboundKind.QuickReply;

    private static Language? LanguageFrom(InboundMessage message) => message.ReplyId switch
    {
        ChoiceIds.English => Language.English,
        ChoiceIds.Telugu => Language.Telugu,
        _ => message.Text is { } text ? LanguageFrom(Commands.Normalize(text)) : null,
    };

    private static Language? LanguageFrom(string typed) => typed.ToLowerInvariant() switch
    {
        "1" or "telugu" or "తెలుగు" or "te" => Language.Telugu,
        "2" or "english" or "eng" or "en" or "ఇంగ్లీష్" => Language.English,
        _ => null,
    };
}
