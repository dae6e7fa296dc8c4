using ManaMitra.Conversations.Vocabulary;
using System.Globalization;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>
/// The language screen and how a citizen answers it: a tap on a language's button, or typed, its number on the
/// screen or one of its words ("telugu", <c>language.words</c>). Every offered language, in the catalog's order.
/// A code is no typed word of its own: Hindi's "hi" is what citizens type to greet.
/// </summary>
public sealed class LanguageChoice(Texts texts)
{
    /// <summary>
    /// First contact: the citizen has not chosen yet, so the screen speaks every offered language, the fallback
    /// first: each language's welcome, then each one's request to choose.
    /// </summary>
    public Reply Screen()
    {
        var order = texts.Languages.Select(l => l.Code).OrderBy(l => l == texts.FallbackLanguage ? 0 : 1).ToList();
        var body = string.Join('\n', order.Select(texts.Ui.Welcome.In)) + "\n\n" + string.Join('\n', order.Select(texts.Ui.ChooseLanguage.In));
        var choices = texts.Languages.Select(l => (Id: ChoiceIds.ForLanguage(l.Code), Title: l.Name)).ToList();
        return choices.Count <= WhatsAppLimits.MaxButtons
            ? new ButtonsReply(body, choices.Select(c => new ReplyButton(c.Id, c.Title)).ToList())
            : new ListReply(body, texts.Ui.ChooseButton.In(texts.FallbackLanguage), [new ListSection(null, choices.Select(c => new ListRow(c.Id, c.Title)).ToList())]);
    }

    /// <summary>The language a message chooses, or null when it chooses none the catalog offers.</summary>
    public string? From(InboundMessage message) =>
        (message.ReplyId is { } id ? Offered(ChoiceIds.LanguageOf(id)) : null)
        ?? (message.Text is { } text ? From(Vocabulary.Typed.Normalize(text)) : null);

    /// <summary>The language a typed (normalised) answer names, or null.</summary>
    public string? From(string typed)
    {
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= texts.Languages.Count ? texts.Languages[number - 1].Code : null;
        }

        return texts.Languages.FirstOrDefault(l => l.Words.Contains(typed, StringComparer.OrdinalIgnoreCase))?.Code;
    }

    /// <summary>The code when the catalog offers that language, else null (a button of a language since withdrawn).</summary>
    public string? Offered(string? code) => texts.Find(code)?.Code;
}
