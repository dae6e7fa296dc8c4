using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// An image message; the value is its Cloud API media id and caption (<see cref="MediaAnswer"/>), and the handler
/// downloads the picture if it needs it.
/// </summary>
public sealed class PhotoValidator(FormText reasons) : IFieldValidator
{
    public FieldResult Check(ServiceInput input, InboundMessage message) => message switch
    {
        { Kind: InboundKind.Image, MediaId: { Length: > 0 } media } => new Accepted(new MediaAnswer(media, message.Text).Format(), "📷"),
        { Kind: InboundKind.Document } => new Rejected(reasons.PhotoAsDocument),
        _ => new Rejected(reasons.PhotoType),
    };
}
