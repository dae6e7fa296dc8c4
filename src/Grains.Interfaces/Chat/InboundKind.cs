using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Interfaces.Chat;

/// <summary>The kinds of message Meta delivers. <see cref="Unsupported"/> covers types Meta marks unsupported and any type we do not know yet.</summary>
public enum InboundKind
{
    Text,
    ButtonReply,
    ListReply,
    FlowReply,
    QuickReply,
    Location,
    Image,
    Document,
    Audio,
    Video,
    Sticker,
    Reaction,
    Contacts,
    Unsupported,
}
