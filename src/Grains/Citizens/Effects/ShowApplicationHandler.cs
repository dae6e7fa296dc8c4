using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// A reference typed or tapped in "My applications": where that application, paid booking or grievance truly stands,
/// from its record; another citizen's is answered as not found.
/// </summary>
public sealed class ShowApplicationHandler(ReferenceStatus status, ServiceCatalog catalog, TellOutcomeHandler tell)
    : EffectHandler<ShowApplication>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(ShowApplication effect, ChatSession session)
    {
        var outcome = await status.Find(effect.Typed, effect.CitizenId)
            ?? new ServiceOutcome
            {
                Status = OutcomeStatus.Declined,
                Message = catalog.Texts.Departments.ApplicationNotYours.Fill(effect.Typed.Trim()),
            };
        return await tell.HandleAsync(new TellOutcome(outcome), session);
    }
}
