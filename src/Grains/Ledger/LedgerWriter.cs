using ManaMitra.Interfaces.Ledger;
using ManaMitra.Persistence.Ledger;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Ledger;

/// <summary>
/// How grains enter what they do in the ledger (docs/LEDGER.md): every issued document and every official's action.
/// </summary>
/// <remarks>
/// A grain appends its entry before it stores the action, and an append that fails fails the action, before anything
/// changed: the official (or the chat, through Meta's retry) tries again. The opposite order would let a stored action
/// go unrecorded whenever the append after it failed. An outbox (the entry owed in the grain's state, appended later)
/// would avoid failing the action, but needs a sweep for grains nobody activates again, and buys little: the ledger
/// is in the same database as the grains' state, so when one cannot be written the other mostly cannot either. What
/// this order costs: a state write that fails after its entry leaves an entry for an attempt that was not stored, and
/// the retry enters it again. The ledger may hold an attempt twice; it never lacks a stored action.
/// </remarks>
public sealed class LedgerWriter(ILedgerStore store, LedgerCheckpoints checkpoints, IOptions<LedgerOptions> options)
{
    public async Task AppendAsync(LedgerFact fact)
    {
        var entry = await store.AppendAsync(fact);
        // Exactly one append in the cluster gets each multiple of the period, so one silo asks for each checkpoint;
        // the signing runs beside the action, not inside it.
        if (entry.Seq % options.Value.CheckpointEvery == 0)
        {
            checkpoints.Request();
        }
    }
}
