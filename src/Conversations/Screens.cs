using System.Globalization;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>Draws each step of the conversation as a WhatsApp reply, in the citizen's language.</summary>
public sealed class Screens(ServiceCatalog catalog, CatalogSearch search, ConsentNotice consent, PrivacyScreens privacy)
{
    public const int MaxSearchResults = Paging.MaxRows;

    private readonly UiText _ui = catalog.Texts.Ui;

    /// <summary>What the citizen is shown about their own data.</summary>
    public PrivacyScreens Privacy => privacy;

    /// <summary>The language screen, and how a citizen answers it.</summary>
    public LanguageChoice Languages { get; } = new(catalog.Texts);

    public Reply Show(Step step, string language) => Show(step, language, []);

    public Reply Show(Step step, string language, IReadOnlyList<DocumentRef> documents) => step.Kind switch
    {
        StepKind.MyDocuments => MyDocuments(documents, language),
        StepKind.ChooseLanguage => Languages.Screen(),
        StepKind.MainMenu => MainMenu(language),
        StepKind.Departments => DepartmentsPage(step.Page, language),
        StepKind.Department => catalog.FindDepartment(step.Target ?? "") is { } dept ? DepartmentPage(dept, step.Page, language) : MainMenu(language),
        StepKind.Service => catalog.FindService(step.Target ?? "") is { } found ? ServicePage(found.Department, found.Service, language) : MainMenu(language),
        StepKind.SearchPrompt => new TextReply(_ui.SearchPrompt.In(language)),
        StepKind.SearchResults => SearchResults(step.Target ?? "", search.Find(step.Target ?? "", MaxSearchResults), language),
        StepKind.Consent => consent.Question(step.Target ?? "", language),
        StepKind.Erase => privacy.EraseQuestion(language),
        StepKind.Help => new ButtonsReply(_ui.HelpBody.In(language), [new ReplyButton(ChoiceIds.MainMenu, _ui.MainMenu.In(language))]),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "no screen for this step"),
    };

    public Reply MainMenu(string language) => new ListReply(_ui.MainMenuBody.In(language), _ui.MenuButton.In(language),
    [
        new ListSection(null,
        [
            new ListRow(ChoiceIds.Departments, _ui.Departments.In(language), _ui.DepartmentsHint.Format(language, catalog.Departments.Count)),
            new ListRow(ChoiceIds.Search, _ui.Search.In(language), _ui.SearchHint.In(language)),
            new ListRow(ChoiceIds.MyDocuments, _ui.MyDocuments.In(language), _ui.MyDocumentsHint.In(language)),
            new ListRow(ChoiceIds.MyApplications, _ui.MyApplications.In(language), _ui.MyApplicationsHint.In(language)),
            new ListRow(ChoiceIds.Help, _ui.Help.In(language), _ui.HelpHint.In(language)),
            new ListRow(ChoiceIds.Language, _ui.Language.In(language), _ui.LanguageHint.In(language)),
        ]),
    ]);

    private Reply MyDocuments(IReadOnlyList<DocumentRef> documents, string language)
    {
        if (documents.Count == 0)
        {
            return new ButtonsReply(_ui.NoDocuments.In(language), [new ReplyButton(ChoiceIds.MainMenu, _ui.MainMenu.In(language))]);
        }

        var rows = documents.Reverse().Take(Paging.MaxRows)
            .Select(d => new ListRow(ChoiceIds.Document(d.Id), d.Title.In(language),
                $"{d.Id} · {d.IssuedAt:dd-MM-yyyy}"))
            .ToList();
        return new ListReply(_ui.MyDocumentsBody.In(language), _ui.ChooseButton.In(language), [new ListSection(null, rows)]);
    }

    /// <summary>True when a step waits for a search query rather than a choice.</summary>
    public static bool ExpectsQuery(Step step) => step.Kind == StepKind.SearchPrompt;

    private Reply DepartmentsPage(int page, string language)
    {
        var all = catalog.Departments;
        page = Paging.Clamp(page, all.Count);
        var rows = Paging.Slice(all, page)
            .Select(d => new ListRow(ChoiceIds.Department(d.Id), d.Name.In(language), d.Description.In(language)))
            .Concat(NavigationRows(page, all.Count, ChoiceIds.DepartmentsPage, language));
        var body = _ui.DepartmentsBody.Format(language, page + 1, Paging.PageCount(all.Count));
        return new ListReply(body, _ui.ChooseButton.In(language), [new ListSection(null, rows.ToList())]);
    }

    private Reply DepartmentPage(Department department, int page, string language)
    {
        var all = department.Services;
        page = Paging.Clamp(page, all.Count);
        var rows = Paging.Slice(all, page)
            .Select(s => new ListRow(ChoiceIds.Service(s.Id), s.Name.In(language), s.Description.In(language)))
            .Concat(NavigationRows(page, all.Count, p => ChoiceIds.Department(department.Id, p), language));
        var body = _ui.DepartmentBody.Format(language, department.Name.In(language), page + 1, Paging.PageCount(all.Count));
        return new ListReply(body, _ui.ChooseButton.In(language), [new ListSection(null, rows.ToList())]);
    }

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

    private Reply ServicePage(Department department, Service service, string language)
    {
        var body = new StringBuilder()
            .Append('*').Append(service.Name.In(language)).Append("*\n")
            .Append(department.Name.In(language)).Append("\n\n")
            .Append(service.Description.In(language)).Append("\n\n")
            .Append(Price(service, language)).Append('\n')
            .Append(Delivery(service, language));
        if (service.Inputs.Count > 0)
        {
            body.Append("\n\n").Append(_ui.YouWillNeed.In(language));
            foreach (var input in service.Inputs)
            {
                body.Append("\n• ").Append(catalog.Texts.Needs(input).In(language));
            }
        }

        var navigation = new[]
        {
            new ReplyButton(ChoiceIds.Back, _ui.Back.In(language)),
            new ReplyButton(ChoiceIds.MainMenu, _ui.MainMenu.In(language)),
        };
        // An information page with nothing to ask already said everything; every other service can be started here.
        var start = service.Handler == HandlerKind.Information && service.Inputs.Count == 0
            ? []
            : new[] { new ReplyButton(ChoiceIds.Apply(service.Id), _ui.Start(service.Handler).In(language)) };
        return new ButtonsReply(body.ToString(), [.. start, .. navigation]);
    }

    // A booking's fee is its fare for each place, so the page says what the ticket will charge per person; where
    // the options price the place (darshan types), it gives their range.
    private string Price(Service service, string language)
    {
        if (service.Handler != HandlerKind.BookSlot)
        {
            return service.Fee == 0 ? _ui.Free.In(language) : _ui.Fee.Format(language, Rupees.Format(service.Fee));
        }

        var (lowest, highest) = Fares.Range(service);
        if (highest == 0)
        {
            return _ui.Free.In(language);
        }

        var fare = lowest == highest ? Rupees.Format(highest) : $"{Rupees.Format(lowest)} – {Rupees.Format(highest)}";
        return service.Inputs.Any(PlaceCounts.IsPlaceCount) ? _ui.FarePerPerson.Format(language, fare) : _ui.Fare.Format(language, fare);
    }

    // A paid booking is not delivered at once: its places wait for the payment, and its page says what a cancellation gives back.
    private string Delivery(Service service, string language)
    {
        if (service.Handler != HandlerKind.BookSlot || Fares.Range(service).Highest == 0)
        {
            return service.SlaDays == 0 ? _ui.Immediate.In(language) : _ui.Sla.Format(language, service.SlaDays);
        }

        var tiers = service.Cancellation.Count == 0
            ? _ui.TicketsFinal.In(language)
            : _ui.RefundTiers.Format(language, string.Join(", ", service.Cancellation.Select(t => _ui.RefundTier.Format(language, t.RefundPercent, t.HoursBefore))));
        return $"{_ui.TicketOnPayment.In(language)}\n{tiers}";
    }

    /// <summary>The results of a search just made: the conversation has the hits already, so they are not sought twice.</summary>
    public Reply SearchResults(string query, IReadOnlyList<SearchHit> hits, string language)
    {
        if (hits.Count == 0)
        {
            return new TextReply(_ui.NoResults.Format(language, SearchQuery.Quoted(query)));
        }

        var rows = hits.Select(h => new ListRow(ChoiceIds.Service(h.Service.Id), h.Service.Name.In(language), h.Department.Name.In(language))).ToList();
        return new ListReply(_ui.SearchResultsBody.Format(language, SearchQuery.Quoted(query)), _ui.ChooseButton.In(language), [new ListSection(null, rows)]);
    }
}
