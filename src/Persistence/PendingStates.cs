using ManaMitra.Persistence.Contracts;
using Npgsql;
using NpgsqlTypes;
using Orleans.Runtime;

namespace ManaMitra.Persistence;

/// <summary>
/// The grain states stored with pending work (<see cref="IPendingWork"/>) for longer than a grain that is alive would
/// take to finish it: their activation was lost with its silo. One indexed query on <c>grain_state</c>, on a single
/// connection of its own (<see cref="ConnectionBudget"/>).
/// </summary>
public sealed class PendingStates : IAsyncDisposable
{
    private const string StaleSql = """
        SELECT grain_id FROM grain_state
        WHERE service_id = @service_id AND state_name = @state_name AND pending_since < now() - @older_than
        ORDER BY pending_since
        LIMIT @limit
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _serviceId;

    public PendingStates(string connectionString, string serviceId)
    {
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString);
        _serviceId = serviceId;
    }

    /// <summary>Up to <paramref name="limit"/> grains whose state <paramref name="stateName"/> has held pending work for over <paramref name="olderThan"/>, oldest first.</summary>
    public async Task<IReadOnlyList<GrainId>> StaleAsync(string stateName, TimeSpan olderThan, int limit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(StaleSql);
        command.Parameters.Add(new NpgsqlParameter<string>("service_id", NpgsqlDbType.Text) { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string>("state_name", NpgsqlDbType.Text) { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan>("older_than", NpgsqlDbType.Interval) { TypedValue = olderThan });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        var stale = new List<GrainId>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stale.Add(GrainId.Parse(reader.GetString(0)));
        }

        return stale;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
