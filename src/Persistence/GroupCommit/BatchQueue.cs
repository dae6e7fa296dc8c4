using System.Data.Common;
using System.Threading.Channels;
using ManaMitra.Persistence.Contracts;

namespace ManaMitra.Persistence.GroupCommit;

/// <summary>
/// Group commit: operations queue here, and each of a few flushers takes everything queued (up to a batch size)
/// and hands it to one statement. No timer waits for a batch to fill: an idle silo flushes a lone write at once,
/// a busy one gathers whatever arrived while the previous statements ran.
/// </summary>
internal sealed class BatchQueue<T> where T : class, IBatchItem
{
    private readonly string _what;
    private readonly Channel<T> _channel = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Func<IReadOnlyList<T>, Task> _flush;
    private readonly int _maxBatchSize;
    private readonly int _maxQueued;
    private readonly Task[] _flushers;

    /// <param name="what">What queues here, as refusals name it: "grain storage", "the ledger".</param>
    public BatchQueue(string what, Func<IReadOnlyList<T>, Task> flush, int maxBatchSize, int flushers, int maxQueued)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(flushers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueued, 1);
        _what = what;
        _flush = flush;
        _maxBatchSize = maxBatchSize;
        _maxQueued = maxQueued;
        _flushers = Enumerable.Range(0, flushers).Select(_ => Task.Run(FlushLoopAsync)).ToArray();
    }

    /// <exception cref="StorageUnavailableException">The queue is full: the database is not keeping up.</exception>
    public void Enqueue(T item)
    {
        if (_channel.Reader.Count >= _maxQueued)
        {
            throw new StorageUnavailableException($"{_what} is saturated: {_maxQueued} operations are waiting for the database");
        }

        if (!_channel.Writer.TryWrite(item))
        {
            throw new InvalidOperationException($"{_what} has stopped; the operation was not queued");
        }
    }

    /// <summary>Refuses new operations and returns once every queued one has been flushed.</summary>
    public Task DrainAsync()
    {
        _channel.Writer.TryComplete();
        return Task.WhenAll(_flushers);
    }

    private async Task FlushLoopAsync()
    {
        var batch = new List<T>(_maxBatchSize);
        while (await _channel.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatchSize && _channel.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            foreach (var round in Rounds(batch))
            {
                await FlushAsync(round);
            }
        }
    }

    private async Task FlushAsync(IReadOnlyList<T> round)
    {
        try
        {
            await _flush(round);
        }
        catch (Exception e)
        {
            // The statement failed as a whole (database down, connection lost): every grain in it sees the error,
            // exactly as it would have with a round trip of its own, and the flusher carries on with the next batch.
            var failure = e is DbException database ? StorageUnavailableException.From(database) : e;
            foreach (var item in round)
            {
                item.Fail(failure);
            }
        }
    }

    // A row may appear only once per statement (PostgreSQL cannot update a row twice in one command, and results are
    // matched back by row). A second operation on the same row, which only a grain that does not await its writes
    // produces, goes into a later statement, after the first, in the order it was queued.
    private static IEnumerable<IReadOnlyList<T>> Rounds(List<T> batch)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<T>? later = null;
        var first = new List<T>(batch.Count);
        foreach (var item in batch)
        {
            (seen.Add(item.Key) ? first : later ??= []).Add(item);
        }

        yield return first;
        if (later is not null)
        {
            foreach (var round in Rounds(later))
            {
                yield return round;
            }
        }
    }
}
