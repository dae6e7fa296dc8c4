namespace ManaMitra.Persistence.GroupCommit;

/// <summary>How <see cref="GroupCommitGrainStorage"/> groups grains' reads and writes into statements.</summary>
public sealed class GroupCommitOptions
{
    /// <summary>Most operations one statement carries; more wait for the next statement.</summary>
    public int MaxBatchSize { get; set; } = 512;

    /// <summary>
    /// Statements in flight at once per silo, each on its own connection. While they run, new operations queue,
    /// and the next free flusher takes all of them: the busier the silo, the larger each batch.
    /// </summary>
    public int Flushers { get; set; } = 2;

    /// <summary>
    /// Operations that may wait for a statement, per queue (reads, writes). Beyond it the database is not keeping up,
    /// and an operation is refused at once (<see cref="StorageUnavailableException"/>): the webhook answers 503 in
    /// milliseconds and Meta retries, rather than every waiter timing out seconds later. At the default batch size
    /// this is eight statements' worth.
    /// </summary>
    public int MaxQueued { get; set; } = 4096;
}
