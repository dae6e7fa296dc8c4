using ManaMitra.Conversations;
using ManaMitra.Grains.Documents;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// Tell the citizen how a service ended: after running it (<see cref="RunServiceHandler"/>), or when a department
/// reports an outcome later (<c>ICitizenChatGrain.Notify</c>).
/// </summary>
public sealed record TellOutcome(ServiceOutcome Outcome) : TurnEffect;

/// <summary>The outcome in words and, when the service issued a document, the document itself, kept in "my documents".</summary>
public sealed class TellOutcomeHandler(DocumentDelivery documents, Conversation conversation) : EffectHandler<TellOutcome>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(TellOutcome effect, ChatSession session)
    {
        var outcome = effect.Outcome;
        var language = conversation.LanguageOf(session);
        List<Reply> replies = [OutcomeReply.For(outcome, language, conversation.Ui)];
        if (outcome.Document is { } document)
        {
            replies.Add(await documents.IssueAsync(document, language));
            if (!session.Documents.Exists(d => d.Id == document.Id))
            {
                session.Documents.Add(new DocumentRef(document.Id, document.Title, document.IssuedAt));
                if (session.Documents.Count > ChatSession.DocumentsKept)
                {
                    session.Documents.RemoveAt(0);
                }
            }
        }

        return replies;
    }
}
