namespace ManaMitra.Persistence.GroupCommit;

/// <summary>One grain's read or write waiting in a <see cref="BatchQueue{T}"/>; completes when its statement has.</summary>
internal abstract class PendingOperation<TResult>(string grainId, string stateName) : IBatchItem
{
    // Continuations run on the thread pool, not on the flusher that completes hundreds of operations at once.
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string GrainId { get; } = grainId;

    public string StateName { get; } = stateName;

    public string Key => string.Concat(GrainId, "\n", StateName);

    public Task<TResult> Completion => _completion.Task;

    public void Complete(TResult result) => _completion.TrySetResult(result);

    public void Fail(Exception error) => _completion.TrySetException(error);
}

/// <summary>What a <see cref="BatchQueue{T}"/> needs of an operation: which row it touches, and how to fail it.</summary>
internal interface IBatchItem
{
    string Key { get; }

    void Fail(Exception error);
}
