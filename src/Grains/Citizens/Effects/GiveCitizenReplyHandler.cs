using ManaMitra.Conversations;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Applications;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// The awaited correction or appeal, recorded on the application, and the citizen told where it went and by when; or
/// the awaited answer to a grievance's question, recorded by <see cref="GrievanceQuestions"/>.
/// </summary>
public sealed class GiveCitizenReplyHandler(IGrainFactory grains, GrievanceQuestions grievances, Conversation conversation) : EffectHandler<GiveCitizenReply>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(GiveCitizenReply effect, ChatSession session)
    {
        if (effect.Asked.Kind == CitizenReplyKind.GrievanceAnswer)
        {
            return await grievances.Give(effect.CitizenId, effect.Asked, effect.Text, session);
        }

        var language = conversation.LanguageOf(session);
        var ui = conversation.Ui;
        var (reference, kind) = effect.Asked;
        var application = grains.GetGrain<IApplicationGrain>(reference);
        var reply = new CitizenReply(effect.CitizenId, effect.Text);
        var result = kind == CitizenReplyKind.Correction ? await application.Correct(reply) : await application.Appeal(reply);
        if (result != CitizenReplyResult.Done || await application.View() is not { } view)
        {
            return [new TextReply(CitizenReplyAnswer.Refused(result, reference, ui).In(language))];
        }

        var received = kind == CitizenReplyKind.Correction ? ui.CorrectionReceived : ui.AppealReceived;
        return [new TextReply(received.Format(language, reference, Dates.Format(view.DueBy)))];
    }
}
