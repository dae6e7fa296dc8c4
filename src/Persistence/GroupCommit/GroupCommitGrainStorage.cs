using System.Globalization;
using ManaMitra.Persistence.Contracts;
using ManaMitra.Persistence.Encryption;
using Npgsql;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ManaMitra.Persistence.GroupCommit;

/// <summary>
/// Grain storage on PostgreSQL that pays one round trip per batch rather than per grain. A grain's write
/// completes only after the statement carrying it has committed, so durability is what a round trip of its own
/// gives; etags are the row version, and a write against a stale one throws <see cref="InconsistentStateException"/>.
/// Payloads are stored encrypted (<see cref="StateCipher"/>), bound to their row.
/// </summary>
public sealed class GroupCommitGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    private readonly string _name;
    private readonly string _serviceId;
    private readonly NpgsqlDataSource _dataSource;
    private readonly IGrainStorageSerializer _serializer;
    private readonly StateCipher _cipher;
    private readonly IActivatorProvider _activators;
    private readonly BatchQueue<StateWrite> _writes;
    private readonly BatchQueue<StateRead> _reads;

    public GroupCommitGrainStorage(
        string name, string connectionString, string serviceId, IGrainStorageSerializer serializer, StateCipher cipher,
        IActivatorProvider activators, GroupCommitOptions options)
    {
        _name = name;
        _serviceId = serviceId;
        _serializer = serializer;
        _cipher = cipher;
        _activators = activators;
        // Each flusher holds one connection while its statement runs, so this pool needs no more (ConnectionBudget).
        // The pool runs two statements only, a write and a read, over and over: prepared on each connection after
        // their second use, PostgreSQL stops parsing and planning them per batch (BENCHMARKS.md, #16).
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = 2 * options.Flushers,
            MaxAutoPrepare = GrainStateTable.Statements,
            AutoPrepareMinUsages = 2,
        }.ConnectionString);
        var table = new GrainStateTable(_dataSource, serviceId);
        _writes = new BatchQueue<StateWrite>("grain storage", table.WriteAsync, options.MaxBatchSize, options.Flushers, options.MaxQueued);
        // Reads batch as well: a burst of new citizens activates hundreds of grains at once, each reading first.
        _reads = new BatchQueue<StateRead>("grain storage", table.ReadAsync, options.MaxBatchSize, options.Flushers, options.MaxQueued);
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var id = grainId.ToString();
        var read = new StateRead(id, stateName);
        _reads.Enqueue(read);
        var stored = await read.Completion.WaitAsync(cancellationToken);
        // Decrypted before anything is set: a payload that fails leaves the grain's activation failing, never empty.
        var state = stored?.Payload is { } payload
            ? _serializer.Deserialize<T>(new BinaryData(_cipher.Decrypt(payload, new StateRow(_serviceId, id, stateName))))
            : Empty<T>();
        grainState.ETag = stored is null ? null : Etag(stored.Version);
        grainState.RecordExists = stored?.Payload is not null;
        grainState.State = state;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var id = grainId.ToString();
        var payload = _cipher.Encrypt(_serializer.Serialize(grainState.State).ToMemory().Span, new StateRow(_serviceId, id, stateName));
        var pending = grainState.State is IPendingWork { HasPendingWork: true };
        grainState.ETag = await SubmitAsync(stateName, id, grainId, grainState.ETag, payload, pending, cancellationToken);
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        grainState.ETag = await SubmitAsync(stateName, grainId.ToString(), grainId, grainState.ETag, payload: null, pending: false, cancellationToken);
        grainState.RecordExists = false;
        grainState.State = Empty<T>();
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        // Stops after the grains (a higher stage, stopped earlier) have deactivated and written their last state.
        lifecycle.Subscribe($"{nameof(GroupCommitGrainStorage)}-{_name}", ServiceLifecycleStage.ApplicationServices,
            _ => Task.CompletedTask, cancellationToken => DisposeAsync().AsTask().WaitAsync(cancellationToken));

    /// <summary>Refuses new operations, finishes the queued ones, then closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_writes.DrainAsync(), _reads.DrainAsync());
        await _dataSource.DisposeAsync();
    }

    private async Task<string> SubmitAsync(
        string stateName, string id, GrainId grainId, string? etag, byte[]? payload, bool pending, CancellationToken cancellationToken)
    {
        var write = new StateWrite(id, stateName, ParseEtag(etag), payload, pending);
        _writes.Enqueue(write);
        // Cancelling stops the wait, not the write: once queued it may already be in a statement.
        var outcome = await write.Completion.WaitAsync(cancellationToken);
        if (outcome.Written is not { } version)
        {
            throw new InconsistentStateException(
                $"Version conflict writing state '{stateName}' of {grainId} to storage '{_name}': the grain holds etag " +
                $"'{etag ?? "(none)"}', the database '{(outcome.Stored is { } stored ? Etag(stored) : "(none)")}'.",
                outcome.Stored is { } current ? Etag(current) : "", etag ?? "");
        }

        return Etag(version);
    }

    private T Empty<T>() => _activators.GetActivator<T>().Create();

    private static string Etag(int version) => version.ToString(CultureInfo.InvariantCulture);

    private static int? ParseEtag(string? etag) =>
        etag is null ? null
        : int.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        // An etag from another provider cannot match any of our versions: a conflict, not a silent overwrite.
        : throw new InconsistentStateException($"etag '{etag}' was not issued by storage", "", etag);
}
