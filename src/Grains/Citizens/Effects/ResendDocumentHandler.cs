using ManaMitra.Conversations;
using ManaMitra.Grains.Documents;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>The document again, with a fresh link; nothing when its record is gone.</summary>
public sealed class ResendDocumentHandler(DocumentDelivery documents, Conversation conversation) : EffectHandler<ResendDocument>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(ResendDocument effect, ChatSession session) =>
        await documents.ResendAsync(effect.DocumentId, conversation.LanguageOf(session)) is { } again ? [again] : [];
}
