using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Testing;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// What a simulated citizen sends, and how many replies the bot answers it with. The count comes from the
/// conversation's rules (src/Conversations/Conversation.cs) and is what lets a reply be matched to the message
/// it answers: a citizen's replies arrive in the order of their messages.
/// </summary>
public sealed record ScriptedMessage(CitizenMessage Message, int ExpectedReplies)
{
    /// <summary>Typed text.</summary>
    public static ScriptedMessage Typed(string text, int expectedReplies) => new(CitizenMessage.Typed(text), expectedReplies);

    /// <summary>A tap on a reply button; <paramref name="title"/> is the button's label.</summary>
    public static ScriptedMessage Button(string id, string title, int expectedReplies) => new(CitizenMessage.Button(id, title), expectedReplies);

    /// <summary>A tap on a list row; <paramref name="title"/> is the row's title.</summary>
    public static ScriptedMessage Row(string id, string title, int expectedReplies) => new(CitizenMessage.Row(id, title), expectedReplies);
}
