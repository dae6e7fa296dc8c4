using ManaMitra.Conversations;
using ManaMitra.Grains.Documents;
using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// Tell the citizen how a service ended: after running it (<see cref="RunServiceHandler"/>), or when a department
/// reports an outcome later (<c>ICitizenChatGrain.Notify</c>).
/// </summary>
public sealed record TellOutcome(ServiceOutcome Outcome) : TurnEffect
{
    /// <summary>The citizen last wrote longer ago than Meta's customer-service window: only a template arrives.</summary>
    public bool OutsideServiceWindow { get; init; }
}

/// <summary>
/// The outcome in words and, when the service issued a document, the document itself, kept in "my documents"; outside
/// the service window, the one template that says the same (<see cref="TemplateChoice"/>), the document as its link.
/// </summary>
public sealed class TellOutcomeHandler(DocumentDelivery documents, Conversation conversation, TemplateChoice templates, IOptions<PaymentsOptions> payments)
    : EffectHandler<TellOutcome>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(TellOutcome effect, ChatSession session)
    {
        var outcome = effect.Outcome;
        Remember(outcome, session);
        var language = conversation.LanguageOf(session);
        var document = outcome.Document is { } issued ? await Issue(issued, language, session) : null;
        if (effect.OutsideServiceWindow)
        {
            return [templates.For(outcome, language, document?.Link)];
        }

        var told = OutcomeReply.For(outcome, language, conversation.Ui, payments.Value.WhatsAppConfiguration);
        return document is null ? [told] : [told, document];
    }

    // A submitted application or a lodged grievance joins "my applications", whose stages are read from the records when listed.
    private static void Remember(ServiceOutcome outcome, ChatSession session)
    {
        var remembered = outcome switch
        {
            { Status: OutcomeStatus.Submitted, Reference: { } submitted } => submitted,
            { Status: OutcomeStatus.Completed, Reference: { } lodged } when GrievanceReference.Is(lodged) => lodged,
            _ => null,
        };
        if (remembered is not { } reference || session.Applications.Contains(reference))
        {
            return;
        }

        session.Applications.Add(reference);
        if (session.Applications.Count > ChatSession.ApplicationsKept)
        {
            session.Applications.RemoveAt(0);
        }
    }

    private async Task<DocumentReply> Issue(IssuedDocument document, string language, ChatSession session)
    {
        var message = await documents.IssueAsync(document, language);
        session.Keep(new DocumentRef(document.Id, document.Title, document.IssuedAt));
        return message;
    }
}
