using ManaMitra.Conversations;
using ManaMitra.Grains.Ledger;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// Carries a citizen's erasure beyond their conversation, which has already forgotten them and said so: each document
/// it listed keeps only its registry minimum (what verifying a printed copy needs), each application and grievance
/// filed under the citizen (<see cref="ICitizenRecordsGrain"/>) drops the citizen's personal fields (keeping what the
/// department must keep), the index goes, then the erasure itself enters the ledger. If any step fails, the whole turn
/// fails and is undone and Meta retries it; every step is harmless to repeat, so no erasure is left half done or
/// unrecorded.
/// </summary>
public sealed class ForgottenHandler(IGrainFactory grains, LedgerWriter ledger) : EffectHandler<Forgotten>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(Forgotten effect, ChatSession session)
    {
        var documents = await Task.WhenAll(effect.Documents.Select(id => grains.GetGrain<ICertificateGrain>(id).Erase()));
        // The conversation listed the newest; the index has them all.
        var index = grains.GetGrain<ICitizenRecordsGrain>(effect.CitizenId);
        var references = effect.References.Union(await index.All());
        var records = await Task.WhenAll(references.Select(reference => GrievanceReference.Is(reference)
            ? grains.GetGrain<IGrievanceGrain>(reference).Erase(effect.CitizenId)
            : grains.GetGrain<IApplicationGrain>(reference).Erase(effect.CitizenId)));
        await index.Forget();
        await ledger.AppendAsync(LedgerFacts.Erased(effect.CitizenId, documents.Count(e => e), records.Count(e => e)));
        return [];
    }
}
