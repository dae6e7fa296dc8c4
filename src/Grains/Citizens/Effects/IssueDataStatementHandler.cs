using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Grains.Documents;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// The citizen's statement of what their conversation holds, issued as any document is: in the certificate registry
/// and the ledger, signed, verifiable by its QR code and sent as a signed link. It joins "my documents", because
/// erasure reaches the registry entries of the documents listed there, and the statement names the citizen's
/// documents and applications.
/// </summary>
public sealed class IssueDataStatementHandler(
    DocumentDelivery documents, Conversation conversation, ServiceCatalog catalog, IOptions<ChatOptions> chat, TimeProvider time)
    : EffectHandler<IssueDataStatement>
{
    private readonly PrivacyScreens _privacy = new(catalog, chat.Value);

    public override async Task<IReadOnlyList<Reply>> HandleAsync(IssueDataStatement effect, ChatSession session)
    {
        var language = conversation.LanguageOf(session);
        var statement = _privacy.Statement(session, language, effect.CitizenId, effect.RequestId, time.GetUtcNow());
        var sent = await documents.IssueAsync(statement, language);
        session.Keep(new DocumentRef(statement.Id, statement.Title, statement.IssuedAt));
        return [sent];
    }
}
