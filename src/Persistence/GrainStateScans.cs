using ManaMitra.Persistence.Contracts;
using Npgsql;
using NpgsqlTypes;
using Orleans.Runtime;

namespace ManaMitra.Persistence;

/// <summary>
/// The questions silos ask of stored states across grains, each on a single connection of its own
/// (<see cref="ConnectionBudget"/>): which states have held pending work (<see cref="IPendingWork"/>) for longer than
/// a grain that is alive would take to finish it — their activation was lost with its silo —, and which have not
/// been written for so long that what they hold has outlived its retention.
/// </summary>
public sealed class GrainStateScans : IAsyncDisposable
{
    private const string PendingSql = """
        SELECT grain_id FROM grain_state
        WHERE service_id = @service_id AND state_name = @state_name AND pending_since < now() - @older_than AND grain_id > @after
        ORDER BY grain_id
        LIMIT @limit
        """;

    // No index on modified_at, on purpose: every state write changes it, and an index on it would cost every message
    // an index update (no HOT update). This runs once a day; walking the primary key then is the cheaper side. A state
    // already cleared (a null payload) holds nothing to expire.
    private const string IdleSql = """
        SELECT grain_id FROM grain_state
        WHERE service_id = @service_id AND state_name = @state_name AND payload IS NOT NULL AND modified_at < now() - @older_than
          AND grain_id > @after
        ORDER BY grain_id
        LIMIT @limit
        """;

    // The same question of Orleans' ADO.NET rows, where every state but the conversation's lives: there a row names
    // its state and its grain's key, and the grain's type is the caller's to know.
    private const string IdleKeysSql = """
        SELECT GrainIdExtensionString FROM OrleansStorage
        WHERE ServiceId = @service_id AND GrainTypeString = @state_name AND PayloadBinary IS NOT NULL AND ModifiedOn < now() - @older_than
          AND GrainIdExtensionString > @after
        ORDER BY GrainIdExtensionString
        LIMIT @limit
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _serviceId;

    public GrainStateScans(string connectionString, string serviceId)
    {
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString);
        _serviceId = serviceId;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> grains whose state <paramref name="stateName"/> has held pending work for over
    /// <paramref name="olderThan"/>, in the order of their ids, after <paramref name="after"/> (from the first when null).
    /// </summary>
    public Task<IReadOnlyList<GrainId>> PendingAsync(string stateName, TimeSpan olderThan, GrainId? after, int limit, CancellationToken cancellationToken) =>
        GrainsAsync(PendingSql, stateName, olderThan, after, limit, cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> grains whose state <paramref name="stateName"/> was last written over
    /// <paramref name="olderThan"/> ago, in the order of their ids, after <paramref name="after"/> (from the first when null).
    /// </summary>
    public Task<IReadOnlyList<GrainId>> IdleAsync(string stateName, TimeSpan olderThan, GrainId? after, int limit, CancellationToken cancellationToken) =>
        GrainsAsync(IdleSql, stateName, olderThan, after, limit, cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> keys of the grains whose state <paramref name="stateName"/>, kept in Orleans' ADO.NET
    /// rows, was last written over <paramref name="olderThan"/> ago, in order, after <paramref name="after"/> (from the first when null).
    /// </summary>
    public Task<IReadOnlyList<string>> IdleKeysAsync(string stateName, TimeSpan olderThan, string? after, int limit, CancellationToken cancellationToken) =>
        ReadAsync(IdleKeysSql, stateName, olderThan, after, limit, cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<IReadOnlyList<GrainId>> GrainsAsync(
        string sql, string stateName, TimeSpan olderThan, GrainId? after, int limit, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(sql, stateName, olderThan, after?.ToString(), limit, cancellationToken)).Select(GrainId.Parse)];

    private async Task<IReadOnlyList<string>> ReadAsync(
        string sql, string stateName, TimeSpan olderThan, string? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string>("service_id", NpgsqlDbType.Text) { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string>("state_name", NpgsqlDbType.Text) { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan>("older_than", NpgsqlDbType.Interval) { TypedValue = olderThan });
        // Every stored id sorts after the empty string: the first page.
        command.Parameters.Add(new NpgsqlParameter<string>("after", NpgsqlDbType.Text) { TypedValue = after ?? string.Empty });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        var found = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }
}
