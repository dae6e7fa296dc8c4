using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Applications;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>"My applications": the citizen's latest applications, each with the stage its record holds now.</summary>
public sealed class ListApplicationsHandler(IGrainFactory grains, ServiceCatalog catalog, Conversation conversation)
    : EffectHandler<ListApplications>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(ListApplications effect, ChatSession session)
    {
        var language = conversation.LanguageOf(session);
        var ui = conversation.Ui;
        var latest = session.Applications.AsEnumerable().Reverse().Take(Paging.MaxRows).ToList();
        var views = await Task.WhenAll(latest.Select(reference => grains.GetGrain<IApplicationGrain>(reference).View()));
        var rows = views.OfType<ApplicationView>()
            .Select(view => new ListRow(
                ChoiceIds.Application(view.Reference),
                ServiceName(view, language),
                $"{view.Reference} · {view.Stage.Name(catalog.Texts.Departments).In(language)}"))
            .ToList();
        if (rows.Count == 0)
        {
            return [new ButtonsReply(ui.NoApplications.In(language), [new ReplyButton(ChoiceIds.MainMenu, ui.MainMenu.In(language))])];
        }

        return [new ListReply(ui.MyApplicationsBody.In(language), ui.ChooseButton.In(language), [new ListSection(null, rows)])];
    }

    // A list row's title holds 24 characters; the catalog's service names are written to fit.
    private string ServiceName(ApplicationView view, string language) =>
        catalog.FindService(view.Submission.ServiceId) is { } found ? found.Service.Name.In(language) : view.Submission.ServiceId;
}
