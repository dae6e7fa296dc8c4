using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// "My applications": the citizen's latest applications and grievances, each with where its record says it stands now.
/// </summary>
public sealed class ListApplicationsHandler(IGrainFactory grains, ServiceCatalog catalog, Conversation conversation)
    : EffectHandler<ListApplications>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(ListApplications effect, ChatSession session)
    {
        var language = conversation.LanguageOf(session);
        var ui = conversation.Ui;
        var latest = session.Applications.AsEnumerable().Reverse().Take(Paging.MaxRows).ToList();
        var rows = (await Task.WhenAll(latest.Select(reference => Row(reference, language)))).OfType<ListRow>().ToList();
        if (rows.Count == 0)
        {
            return [new ButtonsReply(ui.NoApplications.In(language), [new ReplyButton(ChoiceIds.MainMenu, ui.MainMenu.In(language))])];
        }

        return [new ListReply(ui.MyApplicationsBody.In(language), ui.ChooseButton.In(language), [new ListSection(null, rows)])];
    }

    // Tapped, either kind is shown by its reference (ShowApplication reads grievances too).
    private async Task<ListRow?> Row(string reference, string language)
    {
        if (GrievanceReference.Is(reference))
        {
            return await grains.GetGrain<IGrievanceGrain>(reference).View() is { } grievance
                ? new ListRow(ChoiceIds.Application(reference), ServiceName(grievance.Submission.ServiceId, language), $"{reference} · {GrievanceStage(grievance, language)}")
                : null;
        }

        return await grains.GetGrain<IApplicationGrain>(reference).View() is { } view
            ? new ListRow(ChoiceIds.Application(reference), ServiceName(view.Submission.ServiceId, language),
                $"{reference} · {view.Stage.Name(catalog.Texts.Departments).In(language)}")
            : null;
    }

    private string GrievanceStage(GrievanceView grievance, string language) => grievance.Status == GrievanceStatus.Open
        ? conversation.Ui.GrievanceOpen.Format(language, grievance.Office.Name)
        : conversation.Ui.GrievanceResolved.In(language);

    // A list row's title holds 24 characters; the catalog's service names are written to fit.
    private string ServiceName(string serviceId, string language) =>
        catalog.FindService(serviceId) is { } found ? found.Service.Name.In(language) : serviceId;
}
