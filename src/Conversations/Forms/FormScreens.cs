using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations.Forms;

/// <summary>Draws a form's questions, summary and menus as WhatsApp replies, in the citizen's language.</summary>
internal sealed class FormScreens(Texts texts)
{
    private readonly UiText _ui = texts.Ui;
    private readonly FormText _text = texts.Forms;

    /// <summary>
    /// The current question. Its options (the choices, and "Keep" when it already has an answer) show as buttons
    /// when up to three fit a button's title, else as a list paged like the menus.
    /// </summary>
    public Reply Question(Service service, FormSession session, string language, int page = 0, string? preface = null)
    {
        var input = service.Inputs[session.Index];
        var body = new StringBuilder();
        if (preface is not null)
        {
            body.Append(preface).Append("\n\n");
        }

        body.Append('_').Append(_text.Position.Format(language, session.Index + 1, service.Inputs.Count)).Append("_\n")
            .Append(input.Prompt.In(language));

        // Choices first, so a typed number means the same row it labels; Keep last.
        var options = input.Choices.Select(c => (Id: FormIds.Pick(input.Id, c.Id), Title: c.Label.In(language))).ToList();
        if (session.Answers.TryGetValue(input.Id, out var current))
        {
            body.Append("\n\n").Append(_text.CurrentAnswer.Format(language, Display(input, current, language)));
            options.Add((FormIds.Keep(input.Id), _text.Keep.In(language)));
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
        return new ListReply(body.ToString(), _ui.ChooseButton.In(language), [new ListSection(null, rows.ToList())]);
    }

    /// <summary>Every answer as the citizen may see it (Aadhaar masked), with Confirm, Edit and Cancel.</summary>
    public Reply Summary(Service service, FormSession session, string language, string? preface = null)
    {
        var body = new StringBuilder();
        if (preface is not null)
        {
            body.Append(preface).Append("\n\n");
        }

        body.Append(_text.SummaryTitle.Format(language, service.Name.In(language))).Append('\n');
        for (var i = 0; i < service.Inputs.Count; i++)
        {
            var input = service.Inputs[i];
            var shown = session.Answers.TryGetValue(input.Id, out var answer) ? Display(input, answer, language) : "—";
            body.Append('\n').Append(i + 1).Append(". ").Append(input.Prompt.In(language)).Append("\n➜ *").Append(shown).Append('*');
        }

        body.Append("\n\n").Append(_text.SummaryHint.In(language));
        return new ButtonsReply(body.ToString(),
        [
            new ReplyButton(FormIds.Confirm, _text.Confirm.In(language)),
            new ReplyButton(FormIds.Edit, _text.Edit.In(language)),
            new ReplyButton(FormIds.Cancel, _text.Cancel.In(language)),
        ]);
    }

    /// <summary>The answers as a list to pick the one to change; each row shows the answer it would change.</summary>
    public Reply EditList(Service service, FormSession session, string language, int page = 0)
    {
        var inputs = service.Inputs;
        page = Paging.Clamp(page, inputs.Count);
        var rows = Paging.Slice(inputs.Select((input, i) => (Input: input, Number: i + 1)).ToList(), page)
            .Select(x => new ListRow(
                FormIds.Change(x.Input.Id),
                $"{x.Number}. {texts.Needs(x.Input).In(language)}",
                session.Answers.TryGetValue(x.Input.Id, out var answer) ? Display(x.Input, answer, language) : null))
            .Concat(NavigationRows(page, inputs.Count, FormIds.EditPage, language));
        return new ListReply(_text.ChooseEdit.In(language), _ui.ChooseButton.In(language), [new ListSection(null, rows.ToList())]);
    }

    public Reply HelpOffer(ServiceInput input, string language) => new ButtonsReply(_text.HelpOffer.In(language),
    [
        new ReplyButton(FormIds.Retry(input.Id), _text.TryAgain.In(language)),
        new ReplyButton(ChoiceIds.Help, _ui.Help.In(language)),
        new ReplyButton(ChoiceIds.MainMenu, _ui.MainMenu.In(language)),
    ]);

    /// <summary>A choice is stored by id, so it shows in the language the citizen reads now, not the one they chose in.</summary>
    public string Display(ServiceInput input, FormAnswer answer, string language) => input.Kind switch
    {
        InputKind.Choice => input.Choices.FirstOrDefault(c => c.Id == answer.Value)?.Label.In(language) ?? answer.Display,
        InputKind.Photo => _text.PhotoDisplay.In(language),
        InputKind.Evidence => _text.EvidenceDisplay.In(language),
        // The answer keeps only the masked mobile the code went to, so it reads in whatever language the citizen reads now.
        InputKind.Otp => texts.Otp.Verified.Format(language, answer.Display),
        _ => answer.Display,
    };

    // Buttons only when no title would be cut: the renderer shortens long titles, and two cut alike would clash.
    private static bool FitButtons(IReadOnlyList<string> titles) =>
        titles.Count <= WhatsAppLimits.MaxButtons
        && titles.All(t => WhatsAppText.Length(t) <= WhatsAppLimits.ButtonTitle)
        && titles.Distinct(StringComparer.Ordinal).Count() == titles.Count;

    private IEnumerable<ListRow> NavigationRows(int page, int items, Func<int, string> pageId, string language)
    {
        if (Paging.HasPrevious(page, items))
        {
            yield return new ListRow(pageId(page - 1), _ui.Previous.In(language), _ui.PreviousHint.In(language));
        }

        if (Paging.HasMore(page, items))
        {
            yield return new ListRow(pageId(page + 1), _ui.More.In(language), _ui.MoreHint.In(language));
        }
    }
}
