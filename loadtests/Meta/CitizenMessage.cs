using ManaMitra.Conversations.Forms;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.LoadTests.Meta;

/// <summary>
/// What a simulated citizen sends, and how many replies the bot answers it with. The count comes from the
/// conversation's rules (src/Conversations/Conversation.cs) and is what lets a reply be matched to the message
/// it answers: a citizen's replies arrive in the order of their messages.
/// </summary>
public sealed record CitizenMessage(MessageKind Kind, string Text, string? ChoiceId, int ExpectedReplies)
{
    /// <summary>Typed text.</summary>
    public static CitizenMessage Typed(string text, int expectedReplies) => new(MessageKind.Text, text, null, expectedReplies);

    /// <summary>A tap on a reply button; <paramref name="title"/> is the button's label.</summary>
    public static CitizenMessage Button(string id, string title, int expectedReplies) => new(MessageKind.ButtonReply, title, id, expectedReplies);

    /// <summary>A tap on a list row; <paramref name="title"/> is the row's title.</summary>
    public static CitizenMessage Row(string id, string title, int expectedReplies) => new(MessageKind.ListReply, title, id, expectedReplies);
}

public enum MessageKind
{
    Text,
    ButtonReply,
    ListReply,
}
