using ManaMitra.Catalog;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// A photo, a voice note or a document message; the value is its Cloud API media id and caption (<see cref="MediaAnswer"/>).
/// Its type and size are checked when the grievance fetches it, on what Meta says of the file, not on the message.
/// </summary>
public sealed class EvidenceValidator(FormText reasons) : IFieldValidator
{
    public FieldResult Check(ServiceInput input, InboundMessage message) => message switch
    {
        { Kind: InboundKind.Image or InboundKind.Audio or InboundKind.Document, MediaId: { Length: > 0 } media } =>
            new Accepted(new MediaAnswer(media, message.Text).Format(), "📎"),
        _ => new Rejected(reasons.EvidenceType),
    };
}
