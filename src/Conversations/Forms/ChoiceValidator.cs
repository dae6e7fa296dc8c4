using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// One of the input's choices: tapped (its <see cref="FormIds.Pick"/> id), typed as its number in the list, or typed
/// as its label in English or Telugu, ignoring case, spaces and trailing punctuation. The value is the choice id.
/// </summary>
public sealed class ChoiceValidator : IFieldValidator
{
    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (message.ReplyId is { } id)
        {
            return FormIds.Parse(id) is { Kind: FormTapKind.Pick } tap && tap.InputId == input.Id
                && input.Choices.FirstOrDefault(c => c.Id == tap.ChoiceId) is { } tapped
                ? Accept(tapped)
                : new Rejected(FormText.ChoiceType);
        }

        if (Typed.Text(message) is not { } text)
        {
            return new Rejected(FormText.ChoiceType);
        }

        var typed = Typed.Key(text);
        if (Typed.AllDigits(typed))
        {
            return int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= input.Choices.Count
                ? Accept(input.Choices[number - 1])
                : new Rejected(FormText.ChoiceRange.Fill(input.Choices.Count));
        }

        return input.Choices.FirstOrDefault(c => Typed.Key(c.Label.En) == typed || Typed.Key(c.Label.Te) == typed || Typed.Key(c.Id) == typed) is { } named
            ? Accept(named)
            : new Rejected(FormText.ChoiceUnknown);
    }

    // The display is English; the summary shows the label in the citizen's language from the choice id.
    private static Accepted Accept(InputChoice choice) => new(choice.Id, choice.Label.En);

}
