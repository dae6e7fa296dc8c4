using ManaMitra.Conversations;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>The document again, with a fresh link; nothing when its record is gone.</summary>
public sealed class ResendDocumentHandler(DocumentDelivery documents) : EffectHandler<ResendDocument>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(ResendDocument effect, ChatSession session) =>
        await documents.ResendAsync(effect.DocumentId, session.Language ?? Language.English) is { } again ? [again] : [];
}
