using ManaMitra.Interfaces.Ledger;
using ManaMitra.Persistence.GroupCommit;

namespace ManaMitra.Persistence.Ledger;

/// <summary>One fact waiting for the ledger's appender; completes with its entry once the batch carrying it committed.</summary>
internal sealed class LedgerAppend(LedgerFact fact) : IBatchItem
{
    private readonly TaskCompletionSource<LedgerEntry> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LedgerFact Fact { get; } = fact;

    // The queue splits a batch where two items touch one row; appends each make a row of their own, so each is its
    // own key and a batch is never split.
    public string Key { get; } = Guid.NewGuid().ToString("N");

    public Task<LedgerEntry> Completion => _completion.Task;

    public void Complete(LedgerEntry entry) => _completion.TrySetResult(entry);

    public void Fail(Exception error) => _completion.TrySetException(error);
}
