using System.Text;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>Tells a citizen what a service did, in their language, with the values they need to keep.</summary>
public static class OutcomeReply
{
    public static Reply For(ServiceOutcome outcome, string language, UiText ui)
    {
        var text = new StringBuilder(outcome.Message.In(language));
        if (outcome.Reference is { } reference)
        {
            text.Append("\n\n").Append(ui.Reference.In(language)).Append(": *").Append(reference).Append('*');
        }

        foreach (var field in outcome.Fields)
        {
            text.Append('\n').Append(field.Label.In(language)).Append(": ").Append(field.Value);
        }

        if (outcome.PaymentLink is { } link)
        {
            text.Append("\n\n").Append(ui.PayHere.In(language)).Append('\n').Append(link);
        }

        return new TextReply(text.ToString());
    }
}
