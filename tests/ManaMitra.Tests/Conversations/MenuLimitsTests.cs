using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Conversations;

/// <summary>Every screen of every catalog, in both languages, rendered for Meta, breaks none of WhatsApp's limits.</summary>
public sealed class MenuLimitsTests
{
    public static TheoryData<string> Catalogs => ["shipped", "generated"];

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_screen_obeys_every_WhatsApp_limit(string which)
    {
        var catalog = which == "shipped" ? CatalogLoader.Load(CatalogLoader.DefaultDirectory) : GeneratedCatalog.Create(37, 23);
        var screens = new Screens(catalog, new CatalogSearch(catalog), new ConsentNotice(catalog.Texts, new ChatOptions()), new PrivacyScreens(catalog, new ChatOptions()));
        var checkedScreens = 0;

        foreach (var language in catalog.Texts.Languages.Select(l => l.Code))
        {
            foreach (var step in AllSteps(catalog))
            {
                var body = WhatsAppRenderer.Render("919876543210", screens.Show(step, language));
                using var json = JsonDocument.Parse(body);
                var violations = WhatsAppLimits.Violations(json.RootElement);
                Assert.True(violations.Count == 0, $"{step} in {language}: {string.Join("; ", violations)}");
                checkedScreens++;
            }
        }

        var expected = 2 * AllSteps(catalog).Count();
        Assert.Equal(expected, checkedScreens);
    }

    private static IEnumerable<Step> AllSteps(ServiceCatalog catalog)
    {
        yield return Step.ChooseLanguage;
        yield return Step.MainMenu;
        yield return new Step(StepKind.Help);
        yield return new Step(StepKind.SearchPrompt);
        yield return new Step(StepKind.SearchResults, "certificate");
        yield return new Step(StepKind.SearchResults, new string('x', 2000));
        for (var page = 0; page < Paging.PageCount(catalog.Departments.Count); page++)
        {
            yield return new Step(StepKind.Departments, null, page);
        }

        foreach (var department in catalog.Departments)
        {
            for (var page = 0; page < Paging.PageCount(department.Services.Count); page++)
            {
                yield return new Step(StepKind.Department, department.Id, page);
            }

            foreach (var service in department.Services)
            {
                yield return new Step(StepKind.Service, service.Id);
            }
        }
    }
}
