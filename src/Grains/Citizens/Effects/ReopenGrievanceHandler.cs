using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>The "reopen" row under a resolved grievance: open again one office up, and the citizen told which and by when.</summary>
public sealed class ReopenGrievanceHandler(IGrainFactory grains, ServiceCatalog catalog, Conversation conversation) : EffectHandler<ReopenGrievance>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(ReopenGrievance effect, ChatSession session)
    {
        var text = catalog.Texts.Departments;
        var grievance = grains.GetGrain<IGrievanceGrain>(effect.Reference);
        var result = await grievance.Reopen(effect.CitizenId);
        var words = GrievanceAnswers.For(result, effect.Reference, text)
            ?? (await grievance.View() is { } view
                ? text.GrievanceReopened.Fill(effect.Reference, view.Office.Name, Dates.Format(view.DueBy))
                : text.ReferenceNotFound.Fill(effect.Reference));
        return [new TextReply(words.In(conversation.LanguageOf(session)))];
    }
}
