using System.Runtime.CompilerServices;
using ManaMitra.Interfaces.Access;
using ManaMitra.Persistence.GroupCommit;
using Npgsql;
using NpgsqlTypes;
using Orleans;
using Orleans.Runtime;

namespace ManaMitra.Persistence.Access;

/// <summary>
/// The access log in PostgreSQL (table <c>access_log</c>, migration 0007). Every page an official opens waits for its
/// rows, so appends queue for one appender that writes whatever queued in one statement: concurrent page loads share
/// one round trip and commit instead of each paying its own. Its connections come from the silo's shared pool (the
/// connection string Orleans' providers use, <see cref="ConnectionBudget.SiloShared"/>): one appender and the rare
/// audit or sweep hold one each at most, without adding to what a silo may hold.
/// </summary>
public sealed class PostgresAccessLogStore : IAccessLogStore, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    private const string InsertSql = """
        INSERT INTO access_log (at, actor, key_fingerprint, kind, reference, citizen_key, client)
        SELECT * FROM unnest(@at, @actor, @key_fingerprint, @kind, @reference, @citizen_key, @client)
        """;

    // Collation "C" orders as MemoryAccessLogStore does (ordinal), whatever collation the database was created with.
    // LIMIT NULL is no limit.
    private const string TouchedSql = """
        SELECT citizen_key, reference, kind, key_fingerprint, count(*), min(at), max(at),
               array_agg(DISTINCT client ORDER BY client) FILTER (WHERE client IS NOT NULL)
        FROM access_log
        WHERE actor = @actor AND at >= @from AND at < @to
        GROUP BY citizen_key, reference, kind, key_fingerprint
        ORDER BY citizen_key COLLATE "C" NULLS LAST, reference COLLATE "C", kind COLLATE "C", key_fingerprint COLLATE "C" NULLS FIRST
        LIMIT @limit
        """;

    // A year's first sweep may find millions of rows: deleting them a slice at a time keeps each transaction short
    // and never holds up appends for long.
    private const int SweepSlice = 10_000;

    // The year is the table's own floor (its trigger refuses younger rows); stating it here too keeps a clock running
    // ahead of the database's from failing a whole slice on one row at the edge.
    private const string SweepSql = """
        DELETE FROM access_log WHERE id IN (
            SELECT id FROM access_log WHERE at < @before AND at < now() - interval '365 days' ORDER BY at LIMIT @slice)
        """;

    private readonly string _connectionString;
    private readonly BatchQueue<AccessAppend> _appends;

    public PostgresAccessLogStore(string connectionString)
    {
        _connectionString = connectionString;
        // One appender: page loads wait on it, and one statement a round trip keeps up with far more pages than
        // officials open.
        _appends = new BatchQueue<AccessAppend>("the access log", WriteAsync, maxBatchSize: 512, flushers: 1, maxQueued: 8192);
    }

    public async Task AppendAsync(IReadOnlyList<AccessRecord> records, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0)
        {
            return;
        }

        var append = new AccessAppend(records);
        _appends.Enqueue(append);
        // Cancelling stops the wait, not the append: once queued it may already be in a statement.
        await append.Completion.WaitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<AccessTouch> TouchedAsync(
        AccessQuery query, int? limit = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(TouchedSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("actor", NpgsqlDbType.Text) { TypedValue = query.Actor });
        command.Parameters.Add(Time("from", query.From));
        command.Parameters.Add(Time("to", query.To));
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Bigint) { Value = limit is { } most ? (long)most : DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new AccessTouch(
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt64(4),
                Utc(reader, 5),
                Utc(reader, 6),
                reader.IsDBNull(7) ? [] : reader.GetFieldValue<string[]>(7));
        }
    }

    public async Task<long> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        long deleted = 0;
        int slice;
        do
        {
            await using var command = new NpgsqlCommand(SweepSql, connection);
            command.Parameters.Add(Time("before", before));
            command.Parameters.Add(new NpgsqlParameter<int>("slice", NpgsqlDbType.Integer) { TypedValue = SweepSlice });
            slice = await command.ExecuteNonQueryAsync(cancellationToken);
            deleted += slice;
        }
        while (slice == SweepSlice);

        return deleted;
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        // Stops after the grains (a higher stage, stopped earlier), so every record a request handed in is written.
        lifecycle.Subscribe(nameof(PostgresAccessLogStore), ServiceLifecycleStage.ApplicationServices,
            _ => Task.CompletedTask, cancellationToken => DisposeAsync().AsTask().WaitAsync(cancellationToken));

    /// <summary>Refuses new appends and finishes the queued ones.</summary>
    public async ValueTask DisposeAsync() => await _appends.DrainAsync();

    /// <summary>The appender's flush: every queued request's records in one statement.</summary>
    private async Task WriteAsync(IReadOnlyList<AccessAppend> appends)
    {
        var records = appends.SelectMany(a => a.Records).ToList();
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(InsertSql, connection);
            insert.Parameters.Add(new NpgsqlParameter<DateTime[]>("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
            {
                TypedValue = [.. records.Select(r => r.At.UtcDateTime)],
            });
            insert.Parameters.Add(Texts("actor", records.Select(r => r.Actor)));
            insert.Parameters.Add(Texts("key_fingerprint", records.Select(r => r.KeyFingerprint)));
            insert.Parameters.Add(Texts("kind", records.Select(r => r.Kind.Name())));
            insert.Parameters.Add(Texts("reference", records.Select(r => r.Reference)));
            insert.Parameters.Add(Texts("citizen_key", records.Select(r => r.CitizenKey)));
            insert.Parameters.Add(Texts("client", records.Select(r => r.Client)));
            await insert.ExecuteNonQueryAsync();
        }

        foreach (var append in appends)
        {
            append.Complete();
        }
    }

    private static NpgsqlParameter<DateTime> Time(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.UtcDateTime };

    private static NpgsqlParameter<string?[]> Texts(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. values] };

    // Npgsql reads timestamptz as a UTC DateTime.
    private static DateTimeOffset Utc(NpgsqlDataReader reader, int ordinal) => new(reader.GetFieldValue<DateTime>(ordinal), TimeSpan.Zero);
}
