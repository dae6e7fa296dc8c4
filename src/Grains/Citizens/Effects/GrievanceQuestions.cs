using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// The citizen's side of an official's question on their grievance: "Answer" tapped asks for the answer quoting the
/// question, and the answer typed is recorded on the grievance. Another citizen's grievance, or one with no question
/// waiting, is answered without awaiting anything.
/// </summary>
public sealed class GrievanceQuestions(IGrainFactory grains, ServiceCatalog catalog, Conversation conversation)
{
    public async Task<IReadOnlyList<Reply>> Ask(string citizenId, AwaitedReply asked, ChatSession session)
    {
        var language = conversation.LanguageOf(session);
        var view = await grains.GetGrain<IGrievanceGrain>(asked.Reference).View();
        if (view is null || view.Submission.CitizenId != citizenId)
        {
            return [new TextReply(catalog.Texts.Departments.ReferenceNotFound.Format(language, asked.Reference))];
        }

        if (view is not { Status: GrievanceStatus.Open, Question: { } question })
        {
            return [new TextReply(catalog.Texts.Departments.GrievanceNotAsked.Format(language, view.Submission.Reference))];
        }

        session.AwaitedReply = asked with { Reference = view.Submission.Reference };
        return [conversation.ReplyPrompt(conversation.Ui.GrievanceAnswerPrompt.Format(language, view.Submission.Reference, question, CitizenReply.MaxLength), language)];
    }

    public async Task<IReadOnlyList<Reply>> Give(string citizenId, AwaitedReply asked, string text, ChatSession session)
    {
        var result = await grains.GetGrain<IGrievanceGrain>(asked.Reference).Answer(citizenId, text);
        var words = GrievanceAnswers.For(result, asked.Reference, catalog.Texts.Departments) ?? conversation.Ui.GrievanceAnswerReceived.Fill(asked.Reference);
        return [new TextReply(words.In(conversation.LanguageOf(session)))];
    }
}
