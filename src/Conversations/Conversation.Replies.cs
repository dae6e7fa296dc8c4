using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

// The conversation's side of a reply the citizen was asked for (a correction, an appeal's reason): the next text
// message is that reply; a tap or a command is the citizen choosing something else, and ends the wait.
public sealed partial class Conversation
{
    /// <summary>Takes the message as the awaited reply; false when it is not one and the message is for the menus.</summary>
    private bool ContinueReply(ChatSession session, InboundMessage message, string language, Turn turn)
    {
        var asked = session.AwaitedReply!;
        if (message.ReplyId is not null)
        {
            session.AwaitedReply = null;
            return false;
        }

        if (message.Kind != InboundKind.Text)
        {
            // A photo or a location is not read as a reply: the citizen is told so and may still type it.
            return false;
        }

        var text = message.Text?.Trim() ?? string.Empty;
        if (IsCancel(text))
        {
            session.AwaitedReply = null;
            session.History.Clear();
            Show(session, Step.MainMenu, turn, remember: false);
            return true;
        }

        if (text.Length is 0 or > CitizenReply.MaxLength)
        {
            // Still awaited: the citizen shortens it and sends it again, or leaves with MENU.
            turn.Replies.Add(ReplyPrompt(Ui.ReplyLength.Format(language, CitizenReply.MaxLength, text.Length), language));
            return true;
        }

        session.AwaitedReply = null;
        turn.GiveReply(asked, text);
        return true;
    }

    /// <summary>A question awaiting the citizen's typed reply, with a Cancel button (tapping anything ends the wait).</summary>
    public ButtonsReply ReplyPrompt(string body, string language) =>
        new(body, [new ReplyButton(ChoiceIds.MainMenu, catalog.Texts.Forms.Cancel.In(language))]);

    // The Cancel button's word typed is the button tapped, in any language, as for a form's buttons.
    private bool IsCancel(string text) =>
        catalog.Texts.Forms.Cancel.Entries.Any(e => Vocabulary.Typed.Normalize(e.Value) == Vocabulary.Typed.Normalize(text));
}
