using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// One of the input's choices: tapped (its <see cref="FormIds.Pick"/> id), typed as its number in the list, or typed
/// as its label in any language, ignoring case, spaces and trailing punctuation. The value is the choice id.
/// </summary>
public sealed class ChoiceValidator(FormText reasons) : IFieldValidator
{
    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (message.ReplyId is { } id)
        {
            return FormIds.Parse(id) is { Kind: FormTapKind.Pick } tap && tap.InputId == input.Id
                && input.Choices.FirstOrDefault(c => c.Id == tap.ChoiceId) is { } tapped
                ? Accept(tapped)
                : new Rejected(reasons.ChoiceType);
        }

        if (Typed.Text(message) is not { } text)
        {
            return new Rejected(reasons.ChoiceType);
        }

        var typed = Typed.Key(text);
        if (Typed.AllDigits(typed))
        {
            return int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= input.Choices.Count
                ? Accept(input.Choices[number - 1])
                : new Rejected(reasons.ChoiceRange.Fill(input.Choices.Count));
        }

        return input.Choices.FirstOrDefault(c => c.Label.Entries.Any(l => Typed.Key(l.Value) == typed) || Typed.Key(c.Id) == typed) is { } named
            ? Accept(named)
            : new Rejected(reasons.ChoiceUnknown);
    }

    // The display is the fallback language's; the summary shows the label in the citizen's language from the choice id.
    private static Accepted Accept(InputChoice choice) => new(choice.Id, choice.Label.Fallback);

}
