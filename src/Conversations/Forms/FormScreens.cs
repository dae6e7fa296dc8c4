using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations.Forms;

/// <summary>Draws a form's questions, summary and menus as WhatsApp replies, in the citizen's language.</summary>
internal static class FormScreens
{
    /// <summary>
    /// The current question. Its options (the choices, and "Keep" when it already has an answer) show as buttons
    /// when up to three fit a button's title, else as a list paged like the menus.
    /// </summary>
    public static Reply Question(Service service, FormSession session, Language language, int page = 0, string? preface = null)
    {
        var input = service.Inputs[session.Index];
        var body = new StringBuilder();
        if (preface is not null)
        {
            body.Append(preface).Append("\n\n");
        }

        body.Append('_').Append(FormText.Position.Format(language, session.Index + 1, service.Inputs.Count)).Append("_\n")
            .Append(input.Prompt.In(language));

        // Choices first, so a typed number means the same row it labels; Keep last.
        var options = input.Choices.Select(c => (Id: FormIds.Pick(input.Id, c.Id), Title: c.Label.In(language))).ToList();
        if (session.Answers.TryGetValue(input.Id, out var current))
        {
            body.Append("\n\n").Append(FormText.CurrentAnswer.Format(language, Display(input, current, language)));
            options.Add((FormIds.Keep(input.Id), FormText.Keep.In(language)));
        }

        if (options.Count == 0)
        {
            return new TextReply(body.ToString());
        }

        if (FitButtons(options.Select(o => o.Title).ToList()))
        {
            return new ButtonsReply(body.ToString(), options.Select(o => new ReplyButton(o.Id, o.Title)).ToList());
        }

        page = Paging.Clamp(page, options.Count);
        var rows = Paging.Slice(options, page).Select(o => new ListRow(o.Id, o.Title))
            .Concat(NavigationRows(page, options.Count, p => FormIds.Page(input.Id, p), language));
        return new ListReply(body.ToString(), UiText.ChooseButton.In(language), [new ListSection(null, rows.ToList())]);
    }

    /// <summary>Every answer as the citizen may see it (Aadhaar masked), with Confirm, Edit and Cancel.</summary>
    public static Reply Summary(Service service, FormSession session, Language language, string? preface = null)
    {
        var body = new StringBuilder();
        if (preface is not null)
        {
            body.Append(preface).Append("\n\n");
        }

        body.Append(FormText.SummaryTitle.Format(language, service.Name.In(language))).Append('\n');
        for (var i = 0; i < service.Inputs.Count; i++)
        {
            var input = service.Inputs[i];
            var shown = session.Answers.TryGetValue(input.Id, out var answer) ? Display(input, answer, language) : "—";
            body.Append('\n').Append(i + 1).Append(". ").Append(input.Prompt.In(language)).Append("\n➜ *").Append(shown).Append('*');
        }

        body.Append("\n\n").Append(FormText.SummaryHint.In(language));
        return new ButtonsReply(body.ToString(),
        [
            new ReplyButton(FormIds.Confirm, FormText.Confirm.In(language)),
            new ReplyButton(FormIds.Edit, FormText.Edit.In(language)),
            new ReplyButton(FormIds.Cancel, FormText.Cancel.In(language)),
        ]);
    }

    /// <summary>The answers as a list to pick the one to change; each row shows the answer it would change.</summary>
    public static Reply EditList(Service service, FormSession session, Language language, int page = 0)
    {
        var inputs = service.Inputs;
        page = Paging.Clamp(page, inputs.Count);
        var rows = Paging.Slice(inputs.Select((input, i) => (Input: input, Number: i + 1)).ToList(), page)
            .Select(x => new ListRow(
                FormIds.Change(x.Input.Id),
                $"{x.Number}. {UiText.Needs(x.Input).In(language)}",
                session.Answers.TryGetValue(x.Input.Id, out var answer) ? Display(x.Input, answer, language) : null))
            .Concat(NavigationRows(page, inputs.Count, FormIds.EditPage, language));
        return new ListReply(FormText.ChooseEdit.In(language), UiText.ChooseButton.In(language), [new ListSection(null, rows.ToList())]);
    }

    public static Reply HelpOffer(ServiceInput input, Language language) => new ButtonsReply(FormText.HelpOffer.In(language),
    [
        new ReplyButton(FormIds.Retry(input.Id), FormText.TryAgain.In(language)),
        new ReplyButton(ChoiceIds.Help, UiText.Help.In(language)),
        new ReplyButton(ChoiceIds.MainMenu, UiText.MainMenu.In(language)),
    ]);

    /// <summary>A choice is stored by id, so it shows in the language the citizen reads now, not the one they chose in.</summary>
    public static string Display(ServiceInput input, FormAnswer answer, Language language) => input.Kind switch
    {
        InputKind.Choice => input.Choices.FirstOrDefault(c => c.Id == answer.Value)?.Label.In(language) ?? answer.Display,
        InputKind.Photo => FormText.PhotoDisplay.In(language),
        _ => answer.Display,
    };

    // Buttons only when no title would be cut: the renderer shortens long titles, and two cut alike would clash.
    private static bool FitButtons(IReadOnlyList<string> titles) =>
        titles.Count <= WhatsAppLimits.MaxButtons
        && titles.All(t => WhatsAppText.Length(t) <= WhatsAppLimits.ButtonTitle)
        && titles.Distinct(StringComparer.Ordinal).Count() == titles.Count;

    private static IEnumerable<ListRow> NavigationRows(int page, int items, Func<int, string> pageId, Language language)
    {
        if (Paging.HasPrevious(page, items))
        {
            yield return new ListRow(pageId(page - 1), UiText.Previous.In(language), UiText.PreviousHint.In(language));
        }

        if (Paging.HasMore(page, items))
        {
            yield return new ListRow(pageId(page + 1), UiText.More.In(language), UiText.MoreHint.In(language));
        }
    }
}
