using System.Globalization;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>Draws each step of the conversation as a WhatsApp reply, in the citizen's language.</summary>
public sealed class Screens(ServiceCatalog catalog, CatalogSearch search)
{
    public const int MaxSearchResults = Paging.MaxRows;

    public static Reply LanguageChoice() => new ButtonsReply(UiText.Welcome,
        [new ReplyButton(ChoiceIds.Telugu, "తెలుగు"), new ReplyButton(ChoiceIds.English, "English")]);

    public Reply Show(Step step, Language language) => Show(step, language, []);

    public Reply Show(Step step, Language language, IReadOnlyList<DocumentRef> documents) => step.Kind switch
    {
        StepKind.MyDocuments => MyDocuments(documents, language),
        StepKind.ChooseLanguage => LanguageChoice(),
        StepKind.MainMenu => MainMenu(language),
        StepKind.Departments => DepartmentsPage(step.Page, language),
        StepKind.Department => catalog.FindDepartment(step.Target ?? "") is { } dept ? DepartmentPage(dept, step.Page, language) : MainMenu(language),
        StepKind.Service => catalog.FindService(step.Target ?? "") is { } found ? ServicePage(found.Department, found.Service, language) : MainMenu(language),
        StepKind.SearchPrompt => new TextReply(UiText.SearchPrompt.In(language)),
        StepKind.SearchResults => SearchResults(step.Target ?? "", language),
        StepKind.Help => new ButtonsReply(UiText.HelpBody.In(language), [new ReplyButton(ChoiceIds.MainMenu, UiText.MainMenu.In(language))]),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "no screen for this step"),
    };

    public Reply MainMenu(Language language) => new ListReply(UiText.MainMenuBody.In(language), UiText.MenuButton.In(language),
    [
        new ListSection(null,
        [
            new ListRow(ChoiceIds.Departments, UiText.Departments.In(language), UiText.DepartmentsHint.Format(language, catalog.Departments.Count)),
            new ListRow(ChoiceIds.Search, UiText.Search.In(language), UiText.SearchHint.In(language)),
            new ListRow(ChoiceIds.MyDocuments, UiText.MyDocuments.In(language), UiText.MyDocumentsHint.In(language)),
            new ListRow(ChoiceIds.Help, UiText.Help.In(language), UiText.HelpHint.In(language)),
            new ListRow(ChoiceIds.Language, UiText.Language.In(language), UiText.LanguageHint.In(language)),
        ]),
    ]);

    private static Reply MyDocuments(IReadOnlyList<DocumentRef> documents, Language language)
    {
        if (documents.Count == 0)
        {
            return new ButtonsReply(UiText.NoDocuments.In(language), [new ReplyButton(ChoiceIds.MainMenu, UiText.MainMenu.In(language))]);
        }

        var rows = documents.Reverse().Take(Paging.MaxRows)
            .Select(d => new ListRow(ChoiceIds.Document(d.Id), language == Language.Telugu ? d.TitleTe : d.TitleEn,
                $"{d.Id} · {d.IssuedAt:dd-MM-yyyy}"))
            .ToList();
        return new ListReply(UiText.MyDocumentsBody.In(language), UiText.ChooseButton.In(language), [new ListSection(null, rows)]);
    }

    /// <summary>True when a step waits for a search query rather than a choice.</summary>
    public static bool ExpectsQuery(Step step) => step.Kind == StepKind.SearchPrompt;

    private Reply DepartmentsPage(int page, Language language)
    {
        var all = catalog.Departments;
        page = Paging.Clamp(page, all.Count);
        var rows = Paging.Slice(all, page)
            .Select(d => new ListRow(ChoiceIds.Department(d.Id), d.Name.In(language), d.Description.In(language)))
            .Concat(NavigationRows(page, all.Count, ChoiceIds.DepartmentsPage, language));
        var body = UiText.DepartmentsBody.Format(language, page + 1, Paging.PageCount(all.Count));
        return new ListReply(body, UiText.ChooseButton.In(language), [new ListSection(null, rows.ToList())]);
    }

    private static Reply DepartmentPage(Department department, int page, Language language)
    {
        var all = department.Services;
        page = Paging.Clamp(page, all.Count);
        var rows = Paging.Slice(all, page)
            .Select(s => new ListRow(ChoiceIds.Service(s.Id), s.Name.In(language), s.Description.In(language)))
            .Concat(NavigationRows(page, all.Count, p => ChoiceIds.Department(department.Id, p), language));
        var body = UiText.DepartmentBody.Format(language, department.Name.In(language), page + 1, Paging.PageCount(all.Count));
        return new ListReply(body, UiText.ChooseButton.In(language), [new ListSection(null, rows.ToList())]);
    }

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

    private static Reply ServicePage(Department department, Service service, Language language)
    {
        var body = new StringBuilder()
            .Append('*').Append(service.Name.In(language)).Append("*\n")
            .Append(department.Name.In(language)).Append("\n\n")
            .Append(service.Description.In(language)).Append("\n\n")
            .Append(service.Fee == 0 ? UiText.Free.In(language) : UiText.Fee.Format(language, service.Fee.ToString("0.##", CultureInfo.InvariantCulture))).Append('\n')
            .Append(service.SlaDays == 0 ? UiText.Immediate.In(language) : UiText.Sla.Format(language, service.SlaDays));
        if (service.Inputs.Count > 0)
        {
            body.Append("\n\n").Append(UiText.YouWillNeed.In(language));
            foreach (var input in service.Inputs)
            {
                body.Append("\n• ").Append(UiText.Needs(input).In(language));
            }
        }

        var navigation = new[]
        {
            new ReplyButton(ChoiceIds.Back, UiText.Back.In(language)),
            new ReplyButton(ChoiceIds.MainMenu, UiText.MainMenu.In(language)),
        };
        // An information page with nothing to ask already said everything; every other service can be started here.
        var start = service.Handler == HandlerKind.Information && service.Inputs.Count == 0
            ? []
            : new[] { new ReplyButton(ChoiceIds.Apply(service.Id), UiText.Start(service.Handler).In(language)) };
        return new ButtonsReply(body.ToString(), [.. start, .. navigation]);
    }

    private Reply SearchResults(string query, Language language)
    {
        var hits = search.Find(query, MaxSearchResults);
        if (hits.Count == 0)
        {
            return new TextReply(UiText.NoResults.Format(language, query));
        }

        var rows = hits.Select(h => new ListRow(ChoiceIds.Service(h.Service.Id), h.Service.Name.In(language), h.Department.Name.In(language))).ToList();
        return new ListReply(UiText.SearchResultsBody.Format(language, query), UiText.ChooseButton.In(language), [new ListSection(null, rows)]);
    }
}
