using ManaMitra.Interfaces.Access;
using ManaMitra.Persistence.GroupCommit;

namespace ManaMitra.Persistence.Access;

/// <summary>One request's records waiting for the access log's appender; completes once the batch carrying them committed.</summary>
internal sealed class AccessAppend(IReadOnlyList<AccessRecord> records) : IBatchItem
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<AccessRecord> Records { get; } = records;

    // Each append adds rows of its own, so each is its own key and a batch is never split.
    public string Key { get; } = Guid.NewGuid().ToString("N");

    public Task Completion => _completion.Task;

    public void Complete() => _completion.TrySetResult();

    public void Fail(Exception error) => _completion.TrySetException(error);
}
