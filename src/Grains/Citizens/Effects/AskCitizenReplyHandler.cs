using ManaMitra.Conversations;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Applications;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// "Send correction" or "Appeal" tapped: asks for the reply quoting what the official wrote, and awaits it, when the
/// application is the citizen's and waits for that reply; otherwise says why not, awaiting nothing. "Answer" under a
/// grievance's question is <see cref="GrievanceQuestions"/>' to ask.
/// </summary>
public sealed class AskCitizenReplyHandler(ApplicationLookup applications, GrievanceQuestions grievances, Conversation conversation) : EffectHandler<AskCitizenReply>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(AskCitizenReply effect, ChatSession session)
    {
        var asked = effect.Asked;
        if (asked.Kind == CitizenReplyKind.GrievanceAnswer)
        {
            return await grievances.Ask(effect.CitizenId, asked, session);
        }

        var language = conversation.LanguageOf(session);
        var ui = conversation.Ui;
        var view = await applications.Find(asked.Reference, effect.CitizenId);
        var awaits = view?.Awaits(asked.Kind) ?? CitizenReplyResult.NotFound;
        if (view is null || awaits != CitizenReplyResult.Done)
        {
            return [new TextReply(CitizenReplyAnswer.Refused(awaits, asked.Reference, ui).In(language))];
        }

        // The record's own spelling of the reference, whatever the button carried, is what the reply is sent to.
        session.AwaitedReply = asked with { Reference = view.Reference };
        // The stage awaiting this reply is the official's last move, so the latest note is the one to quote.
        var prompt = asked.Kind == CitizenReplyKind.Correction ? ui.CorrectionPrompt : ui.AppealPrompt;
        return [conversation.ReplyPrompt(prompt.Format(language, view.Reference, view.History[^1].Note, CitizenReply.MaxLength), language)];
    }
}
