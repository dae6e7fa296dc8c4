using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Options;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Walks a citizen through one service's inputs: asks each, checks the answer, re-prompts with the specific reason,
/// offers help after three misses, lets "back" change the previous answer, and ends on a summary to confirm. Pure:
/// it moves the <see cref="FormSession"/> it is given and says what to send; the chat grain persists the session.
/// </summary>
public sealed partial class FormFlow(FieldValidators validators, Texts texts, SearchVocabulary search, OtpCodes codes, IOptions<OtpOptions> otpOptions)
{
    private readonly OtpStep _otp = new(codes, otpOptions.Value, texts);
    private readonly FormPrefill _prefill = new(validators, search.StopWords);
    private readonly FormText _text = texts.Forms;
    private readonly FormScreens _screens = new(texts);
    private readonly Commands _commands = new(texts.Commands);

    public const int AttemptsBeforeHelp = 3;

    /// <summary>Opens the form on its first question. A service without inputs has no form: run it directly.</summary>
    public (FormSession Session, IReadOnlyList<Reply> Replies) Start(Service service, string language)
    {
        if (service.Inputs.Count == 0)
        {
            throw new ArgumentException($"Service {service.Id} asks nothing, so it has no form.", nameof(service));
        }

        var session = new FormSession { ServiceId = service.Id };
        var intro = _text.Intro.Format(language, service.Name.In(language), service.Inputs.Count);
        return (session, [_screens.Question(service, session, language, preface: intro)]);
    }

    /// <summary>
    /// Opens the form with the answers the citizen's sentence already gave ("bus ticket from vijayawada to tirupati"),
    /// showing what was read and asking the first question still open — or the summary, when none is. Null when the
    /// sentence gives no answer.
    /// </summary>
    public (FormSession Session, IReadOnlyList<Reply> Replies)? StartFrom(Service service, InboundMessage sentence, string language)
    {
        var answers = _prefill.From(service, sentence);
        if (answers.Count == 0)
        {
            return null;
        }

        var session = new FormSession { ServiceId = service.Id, Answers = answers };
        var understood = string.Join('\n', service.Inputs.Where(i => answers.ContainsKey(i.Id))
            .Select(i => $"• {(i.Label ?? i.Prompt).In(language)}: *{_screens.Display(i, answers[i.Id], language)}*"));
        var open = service.Inputs.Count(i => !answers.ContainsKey(i.Id));
        var read = _text.Understood.Format(language, understood);
        if (FirstUnanswered(service, session) is not { } first)
        {
            return (session, [ToSummary(session, service, language, read)]);
        }

        var preface = $"{_text.Intro.Format(language, service.Name.In(language), open)}\n\n{read}";

        session.Index = first;
        return (session, [_screens.Question(service, session, language, preface: preface)]);
    }

    /// <summary>
    /// Moves the session on by one message. The conversation has already dealt with the global commands (menu,
    /// help, stop, language); "back" is the form's, since it edits the previous answer.
    /// </summary>
    public FormStep Handle(FormSession session, Service service, InboundMessage message, string language) =>
        WithCode(session, service, Move(session, service, message, language));

    private FormStep Move(FormSession session, Service service, InboundMessage message, string language)
    {
        if (session.ServiceId != service.Id)
        {
            throw new ArgumentException($"The form is for {session.ServiceId}, not {service.Id}.", nameof(service));
        }

        // A catalog reloaded with fewer inputs must not leave the session pointing past the end.
        session.Index = Math.Clamp(session.Index, 0, service.Inputs.Count - 1);

        if (message.Kind == InboundKind.Reaction)
        {
            return new FormStep.Continue([]);
        }

        if (IsBack(message))
        {
            return Back(session, service, language);
        }

        if (message.ReplyId is { } id)
        {
            if (!FormIds.Owns(id))
            {
                return new FormStep.NotForForm();
            }

            var tap = FormIds.Parse(id);
            if (tap is { Kind: FormTapKind.Pick } && session.Phase == FormPhase.Asking && tap.InputId == service.Inputs[session.Index].Id)
            {
                return Answer(session, service, message, language);
            }

            return (tap is null ? null : Tapped(session, service, tap, language))
                ?? new FormStep.Continue([Current(session, service, language, _text.StaleTap.In(language))]);
        }

        return session.Phase switch
        {
            FormPhase.Asking => Answer(session, service, message, language),
            FormPhase.Confirming => TypedAtSummary(session, service, message, language),
            _ => TypedAtEditList(session, service, message, language),
        };
    }

    /// <summary>What the department receives: each input's normalised value, plus "&lt;id&gt;.masked" beside an Aadhaar hash.</summary>
    /// <summary>
    /// "Help" typed or tapped inside a form: how to go on, and the screen the citizen was on — the form and every
    /// answer kept, where help outside a form would have left it.
    /// </summary>
    public Reply Help(FormSession session, Service service, string language)
    {
        session.FailedAttempts = 0;
        return Current(session, service, language, _text.Help.Format(language, service.Name.In(language)));
    }

    public static IReadOnlyDictionary<string, string> Answers(Service service, FormSession session)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in service.Inputs)
        {
            var answer = session.Answers[input.Id];
            answers[input.Id] = answer.Value;
            if (input.Kind == InputKind.Aadhaar)
            {
                answers[MaskedKey(input.Id)] = answer.Display;
            }
        }

        return answers;
    }

    public static string MaskedKey(string inputId) => inputId + ".masked";

    /// <summary>
    /// Opens a submitted form again at the question whose answer the service could not find, the reason first; the
    /// other answers stay, and once answered the summary returns for the citizen to confirm again. Null when the
    /// service no longer asks that question.
    /// </summary>
    public Reply? Reask(FormSession session, Service service, string inputId, string reason, string language)
    {
        if (IndexOf(service, inputId) is not { } index)
        {
            return null;
        }

        // The answer found nothing, so it is no default to keep.
        session.Answers.Remove(inputId);
        Ask(session, index, returnToSummary: true);
        return _screens.Question(service, session, language, preface: reason);
    }

    private FormStep Answer(FormSession session, Service service, InboundMessage message, string language)
    {
        var input = service.Inputs[session.Index];
        switch (validators.Check(service, input, message))
        {
            case Accepted accepted:
                if (session.Answers.GetValueOrDefault(input.Id)?.Value != accepted.Value)
                {
                    Unverify(session, service, input);
                }

                session.Answers[input.Id] = new FormAnswer(accepted.Value, accepted.Display);
                return new FormStep.Continue([Advance(session, service, language)]);
            case Rejected rejected:
                session.FailedAttempts++;
                var reason = rejected.Reason.In(language);
                return session.FailedAttempts % AttemptsBeforeHelp == 0
                    ? new FormStep.HelpOffered([new TextReply(reason), _screens.HelpOffer(input, language)])
                    : new FormStep.Continue([_screens.Question(service, session, language, preface: reason)]);
            default:
                throw new InvalidOperationException("A validator returned neither Accepted nor Rejected.");
        }
    }

    /// <summary>On to the next question, or, when every input has an answer, to the summary.</summary>
    private Reply Advance(FormSession session, Service service, string language)
    {
        session.FailedAttempts = 0;
        var next = session.ReturnToSummary ? service.Inputs.Count : session.Index + 1;
        if (next >= service.Inputs.Count && FirstUnanswered(service, session) is { } missing)
        {
            next = missing;
        }

        if (next >= service.Inputs.Count)
        {
            return ToSummary(session, service, language);
        }

        session.Index = next;
        return _screens.Question(service, session, language);
    }

    /// <summary>The step a tap on one of the form's own buttons leads to, or null when the tap is stale.</summary>
    private FormStep? Tapped(FormSession session, Service service, FormTap tap, string language)
    {
        var current = service.Inputs[session.Index].Id;
        var asking = session.Phase == FormPhase.Asking;
        switch (tap.Kind)
        {
            case FormTapKind.Cancel:
                return new FormStep.Cancelled([new TextReply(_text.Cancelled.In(language))]);
            case FormTapKind.Confirm when session.Phase == FormPhase.Confirming:
                if (FirstUnanswered(service, session) is { } missing)
                {
                    Ask(session, missing, returnToSummary: false);
                    return new FormStep.Continue([_screens.Question(service, session, language)]);
                }

                session.Phase = FormPhase.Submitted;
                return new FormStep.Submit(Answers(service, session));
            case FormTapKind.Edit or FormTapKind.EditPage when !asking:
                session.Phase = FormPhase.ChoosingEdit;
                return new FormStep.Continue([_screens.EditList(service, session, language, tap.Page)]);
            case FormTapKind.Change when !asking && IndexOf(service, tap.InputId) is { } index:
                Ask(session, index, returnToSummary: true);
                return new FormStep.Continue([_screens.Question(service, session, language)]);
            case FormTapKind.Page when asking && tap.InputId == current:
                return new FormStep.Continue([_screens.Question(service, session, language, tap.Page)]);
            case FormTapKind.Keep when asking && tap.InputId == current && session.Answers.ContainsKey(current):
                return new FormStep.Continue([Advance(session, service, language)]);
            case FormTapKind.Retry when asking && tap.InputId == current:
                session.FailedAttempts = 0;
                return new FormStep.Continue([_screens.Question(service, session, language)]);
            default:
                return null;
        }
    }

    private FormStep Back(FormSession session, Service service, string language)
    {
        if (session.Phase == FormPhase.ChoosingEdit || (session.Phase == FormPhase.Asking && session.ReturnToSummary))
        {
            return new FormStep.Continue([ToSummary(session, service, language)]);
        }

        if (session.Phase == FormPhase.Confirming)
        {
            Ask(session, service.Inputs.Count - 1, returnToSummary: false);
            return new FormStep.Continue([_screens.Question(service, session, language)]);
        }

        if (session.Index == 0)
        {
            return new FormStep.BackedOut();
        }

        Ask(session, session.Index - 1, returnToSummary: false);
        return new FormStep.Continue([_screens.Question(service, session, language)]);
    }

    /// <summary>
    /// At the summary a typed "1"–"3" or a button's title in any language works like the tap; a yes in any writing
    /// system confirms, and a no opens the answers to change — never the form thrown away on one word.
    /// </summary>
    private FormStep TypedAtSummary(FormSession session, Service service, InboundMessage message, string language)
    {
        (LocalizedText Title, LocalizedWords? Words, string Id)[] buttons =
            [(_text.Confirm, _text.YesWords, FormIds.Confirm), (_text.Edit, _text.NoWords, FormIds.Edit), (_text.Cancel, null, FormIds.Cancel)];
        var typed = Key(message);
        for (var i = 0; i < buttons.Length; i++)
        {
            if (typed == (i + 1).ToString(CultureInfo.InvariantCulture)
                || buttons[i].Title.Entries.Any(t => typed == Typed.Key(t.Value))
                || (buttons[i].Words?.All.Any(w => typed == Typed.Key(w)) ?? false))
            {
                return Tapped(session, service, FormIds.Parse(buttons[i].Id)!, language)!;
            }
        }

        return new FormStep.Continue([_screens.Summary(service, session, language, _text.SummaryHint.In(language))]);
    }

    /// <summary>In the edit list a typed number picks that answer, as in the menus.</summary>
    private FormStep TypedAtEditList(FormSession session, Service service, InboundMessage message, string language)
    {
        if (int.TryParse(Key(message), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= service.Inputs.Count)
        {
            Ask(session, number - 1, returnToSummary: true);
            return new FormStep.Continue([_screens.Question(service, session, language)]);
        }

        return new FormStep.Continue([_screens.EditList(service, session, language)]);
    }

    private Reply Current(FormSession session, Service service, string language, string preface) => session.Phase switch
    {
        FormPhase.Asking => _screens.Question(service, session, language, preface: preface),
        FormPhase.Confirming => _screens.Summary(service, session, language, preface),
        _ => _screens.EditList(service, session, language),
    };

    private Reply ToSummary(FormSession session, Service service, string language, string? preface = null)
    {
        session.Phase = FormPhase.Confirming;
        session.ReturnToSummary = false;
        session.FailedAttempts = 0;
        return _screens.Summary(service, session, language, preface);
    }

    private static void Ask(FormSession session, int index, bool returnToSummary)
    {
        session.Phase = FormPhase.Asking;
        session.Index = index;
        session.ReturnToSummary = returnToSummary;
        session.FailedAttempts = 0;
    }

    private static int? FirstUnanswered(Service service, FormSession session)
    {
        var index = service.Inputs.ToList().FindIndex(i => !session.Answers.ContainsKey(i.Id));
        return index < 0 ? null : index;
    }

    private static int? IndexOf(Service service, string? inputId)
    {
        var index = service.Inputs.ToList().FindIndex(i => i.Id == inputId);
        return index < 0 ? null : index;
    }

    private bool IsBack(InboundMessage message) =>
        message.ReplyId == ChoiceIds.Back || (message.ReplyId is null && message.Kind == InboundKind.Text && _commands.Recognize(message.Text) == Command.Back);

    private static string Key(InboundMessage message) => message.Kind == InboundKind.Text && message.Text is { } text ? Typed.Key(text) : "";

}
