using ManaMitra.Persistence.Contracts;
using Npgsql;
using NpgsqlTypes;
using Orleans.Runtime;

namespace ManaMitra.Persistence;

/// <summary>
/// The two questions silos ask of <c>grain_state</c> across grains, each on a single connection of its own
/// (<see cref="ConnectionBudget"/>): which states have held pending work (<see cref="IPendingWork"/>) for longer than
/// a grain that is alive would take to finish it — their activation was lost with its silo —, and which have not
/// been written for so long that what they hold has outlived its retention.
/// </summary>
public sealed class GrainStateScans : IAsyncDisposable
{
    private const string PendingSql = """
        SELECT grain_id FROM grain_state
        WHERE service_id = @service_id AND state_name = @state_name AND pending_since < now() - @older_than
        ORDER BY pending_since
        LIMIT @limit
        """;

    // No index on modified_at, on purpose: every state write changes it, and an index on it would cost every message
    // an index update (no HOT update). This runs once a day; a sequential scan then is the cheaper side. A state
    // already cleared (a null payload) holds nothing to expire.
    private const string IdleSql = """
        SELECT grain_id FROM grain_state
        WHERE service_id = @service_id AND state_name = @state_name AND payload IS NOT NULL AND modified_at < now() - @older_than
        LIMIT @limit
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _serviceId;

    public GrainStateScans(string connectionString, string serviceId)
    {
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString);
        _serviceId = serviceId;
    }

    /// <summary>Up to <paramref name="limit"/> grains whose state <paramref name="stateName"/> has held pending work for over <paramref name="olderThan"/>, oldest first.</summary>
    public Task<IReadOnlyList<GrainId>> PendingAsync(string stateName, TimeSpan olderThan, int limit, CancellationToken cancellationToken) =>
        GrainsAsync(PendingSql, stateName, olderThan, limit, cancellationToken);

    /// <summary>Up to <paramref name="limit"/> grains whose state <paramref name="stateName"/> was last written over <paramref name="olderThan"/> ago.</summary>
    public Task<IReadOnlyList<GrainId>> IdleAsync(string stateName, TimeSpan olderThan, int limit, CancellationToken cancellationToken) =>
        GrainsAsync(IdleSql, stateName, olderThan, limit, cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<IReadOnlyList<GrainId>> GrainsAsync(string sql, string stateName, TimeSpan olderThan, int limit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string>("service_id", NpgsqlDbType.Text) { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string>("state_name", NpgsqlDbType.Text) { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan>("older_than", NpgsqlDbType.Interval) { TypedValue = olderThan });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        var grains = new List<GrainId>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            grains.Add(GrainId.Parse(reader.GetString(0)));
        }

        return grains;
    }
}
