using ManaMitra.Conversations;
using ManaMitra.Grains.Ledger;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Grains.Citizens.Effects;

/// <summary>
/// Records a citizen's erasure in the ledger. The conversation has already forgotten them and said so; if the ledger
/// refuses, the whole turn fails and is undone, so no erasure happens that is not on record (Meta retries it).
/// </summary>
public sealed class ForgottenHandler(LedgerWriter ledger) : EffectHandler<Forgotten>
{
    public override async Task<IReadOnlyList<Reply>> HandleAsync(Forgotten effect, ChatSession session)
    {
        await ledger.AppendAsync(LedgerFacts.Erased(effect.CitizenId, effect.Documents, effect.Applications));
        return [];
    }
}
