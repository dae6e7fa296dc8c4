using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>An application's true stage and history, from its record; another citizen's is answered as not found.</summary>
public sealed class ShowApplicationHandler(ApplicationLookup applications, ServiceCatalog catalog, TellOutcomeHandler tell)
    : EffectHandler<ShowApplication>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(ShowApplication effect, ChatSession session)
    {
        var outcome = await applications.Find(effect.Typed, effect.CitizenId) is { } view
            ? ApplicationStatusOutcome.For(view, catalog)
            : new ServiceOutcome
            {
                Status = OutcomeStatus.Declined,
                Message = catalog.Texts.Departments.ApplicationNotYours.Fill(effect.Typed.Trim()),
            };
        return await tell.HandleAsync(new TellOutcome(outcome), session);
    }
}
