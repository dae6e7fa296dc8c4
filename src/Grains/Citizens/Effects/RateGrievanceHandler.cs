using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>A rating row under a resolved grievance: recorded on the grievance, and thanked for.</summary>
public sealed class RateGrievanceHandler(IGrainFactory grains, ServiceCatalog catalog, Conversation conversation) : EffectHandler<RateGrievance>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(RateGrievance effect, ChatSession session)
    {
        var text = catalog.Texts.Departments;
        var result = await grains.GetGrain<IGrievanceGrain>(effect.Reference).Rate(effect.CitizenId, effect.Stars);
        var words = GrievanceAnswers.For(result, effect.Reference, text) ?? text.GrievanceRated.Fill(effect.Stars, effect.Reference);
        return [new TextReply(words.In(conversation.LanguageOf(session)))];
    }
}
