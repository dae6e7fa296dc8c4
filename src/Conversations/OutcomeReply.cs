using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>Tells a citizen what a service did, in their language, with the values they need to keep.</summary>
public static class OutcomeReply
{
    public static readonly LocalizedText Reference = new("Reference", "సూచిక సంఖ్య");
    public static readonly LocalizedText PayHere = new("Pay with any UPI app:", "ఏదైనా UPI యాప్‌తో చెల్లించండి:");

    public static Reply For(ServiceOutcome outcome, Language language)
    {
        var telugu = language == Language.Telugu;
        var text = new StringBuilder(telugu ? outcome.MessageTe : outcome.MessageEn);
        if (outcome.Reference is { } reference)
        {
            text.Append("\n\n").Append(Reference.In(language)).Append(": *").Append(reference).Append('*');
        }

        foreach (var field in outcome.Fields)
        {
            text.Append('\n').Append(telugu ? field.LabelTe : field.LabelEn).Append(": ").Append(field.Value);
        }

        if (outcome.PaymentLink is { } link)
        {
            text.Append("\n\n").Append(PayHere.In(language)).Append('\n').Append(link);
        }

        return new TextReply(text.ToString());
    }
}
