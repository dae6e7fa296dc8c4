using System.Runtime.CompilerServices;
using ManaMitra.Interfaces.Ledger;
using ManaMitra.Persistence.GroupCommit;
using Npgsql;
using NpgsqlTypes;
using Orleans;
using Orleans.Runtime;

namespace ManaMitra.Persistence.Ledger;

/// <summary>
/// The ledger in PostgreSQL (tables <c>ledger</c> and <c>ledger_checkpoint</c>, migration 0006). Appends from every silo
/// are serialized by one transaction-scoped advisory lock, under which the last entry is read and the next ones are
/// chained to it, so seqs stay gap-free and each entry's prev_hash is its predecessor's hash whoever wrote it. Within
/// a silo, appends queue for one appender that writes whatever queued in one transaction: one lock, round trip and
/// commit for many entries, so a burst of documents does not queue silo after silo on the lock entry by entry.
/// Two connections of its own (<see cref="ConnectionBudget"/>): the appender's, which adds checkpoints too, and one
/// for reads, so that public proof requests can never hold up an official's action.
/// </summary>
public sealed class PostgresLedgerStore : ILedgerStore, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    // "MMLEDGER" in ASCII: no other user of the database takes this advisory lock by accident, nor the migrator's.
    private const long AppendLock = 0x4D4D4C4544474552;

    private const string Columns = "seq, at, kind, subject, body, prev_hash, hash";

    private const string LastSql = """
        SELECT clock_timestamp(), last.seq, last.hash
        FROM (SELECT 1) AS one LEFT JOIN (SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1) AS last ON true
        """;

    private const string InsertSql = $"""
        INSERT INTO ledger ({Columns})
        SELECT u.seq, @at, u.kind, u.subject, u.body, u.prev_hash, u.hash
        FROM unnest(@seq, @kind, @subject, @body, @prev_hash, @hash) AS u(seq, kind, subject, body, prev_hash, hash)
        """;

    private const string CheckpointColumns = "seq, hash, at, kid, jws";

    // Rows per query when walking the whole ledger.
    private const int Page = 5000;

    private readonly NpgsqlDataSource _appender;
    private readonly NpgsqlDataSource _reader;
    private readonly BatchQueue<LedgerAppend> _appends;

    public PostgresLedgerStore(string connectionString)
    {
        _appender = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString);
        _reader = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString);
        // One appender: a second in the same silo would only wait on the same lock.
        _appends = new BatchQueue<LedgerAppend>("the ledger", WriteAsync, maxBatchSize: 256, flushers: 1, maxQueued: 4096);
    }

    public async Task<LedgerEntry> AppendAsync(LedgerFact fact, CancellationToken cancellationToken = default)
    {
        var append = new LedgerAppend(fact);
        _appends.Enqueue(append);
        // Cancelling stops the wait, not the append: once queued it may already be in a transaction.
        return await append.Completion.WaitAsync(cancellationToken);
    }

    public async Task<LedgerEntry?> LastAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM ledger ORDER BY seq DESC LIMIT 1", Entry, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<LedgerEntry>> RangeAsync(long from, long to, CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {Columns} FROM ledger WHERE seq BETWEEN @from AND @to ORDER BY seq", Entry, cancellationToken, Seq("from", from), Seq("to", to));

    public async IAsyncEnumerable<LedgerEntry> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A page at a time, after the last seq read (a range of seqs would end early at a gap): no connection is held
        // between pages, so the checkpoints are read beside the entries on the one reading connection.
        List<LedgerEntry> page;
        var after = 0L;
        do
        {
            page = await QueryAsync($"SELECT {Columns} FROM ledger WHERE seq > @after ORDER BY seq LIMIT {Page}", Entry, cancellationToken, Seq("after", after));
            foreach (var entry in page)
            {
                yield return entry;
                after = entry.Seq;
            }
        }
        while (page.Count == Page);
    }

    public async Task<LedgerEntry?> LatestAsync(string kind, string subject, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            $"SELECT {Columns} FROM ledger WHERE subject = @subject AND kind = @kind ORDER BY seq DESC LIMIT 1", Entry, cancellationToken,
            new NpgsqlParameter<string>("subject", NpgsqlDbType.Text) { TypedValue = subject },
            new NpgsqlParameter<string>("kind", NpgsqlDbType.Text) { TypedValue = kind })).SingleOrDefault();

    public async Task AddCheckpointAsync(LedgerCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        await using var command = _appender.CreateCommand(
            $"INSERT INTO ledger_checkpoint ({CheckpointColumns}) VALUES (@seq, @hash, @at, @kid, @jws) ON CONFLICT (seq) DO NOTHING");
        command.Parameters.Add(Seq("seq", checkpoint.Seq));
        command.Parameters.Add(new NpgsqlParameter<byte[]>("hash", NpgsqlDbType.Bytea) { TypedValue = checkpoint.Hash });
        command.Parameters.Add(new NpgsqlParameter<DateTime>("at", NpgsqlDbType.TimestampTz) { TypedValue = checkpoint.At.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<string>("kid", NpgsqlDbType.Text) { TypedValue = checkpoint.Kid });
        command.Parameters.Add(new NpgsqlParameter<string>("jws", NpgsqlDbType.Text) { TypedValue = checkpoint.Jws });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<LedgerCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {CheckpointColumns} FROM ledger_checkpoint ORDER BY seq DESC LIMIT 1", Checkpoint, cancellationToken)).SingleOrDefault();

    public async Task<LedgerCheckpoint?> CheckpointCoveringAsync(long seq, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            $"SELECT {CheckpointColumns} FROM ledger_checkpoint WHERE seq >= @seq ORDER BY seq LIMIT 1", Checkpoint, cancellationToken, Seq("seq", seq)))
        .SingleOrDefault();

    public async IAsyncEnumerable<LedgerCheckpoint> AllCheckpointsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<LedgerCheckpoint> page;
        var after = 0L;
        do
        {
            page = await QueryAsync(
                $"SELECT {CheckpointColumns} FROM ledger_checkpoint WHERE seq > @after ORDER BY seq LIMIT {Page}", Checkpoint, cancellationToken, Seq("after", after));
            foreach (var checkpoint in page)
            {
                yield return checkpoint;
                after = checkpoint.Seq;
            }
        }
        while (page.Count == Page);
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        // Stops after the grains (a higher stage, stopped earlier) have finished their actions and their entries.
        lifecycle.Subscribe(nameof(PostgresLedgerStore), ServiceLifecycleStage.ApplicationServices,
            _ => Task.CompletedTask, cancellationToken => DisposeAsync().AsTask().WaitAsync(cancellationToken));

    /// <summary>Refuses new appends, finishes the queued ones, then closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await _appends.DrainAsync();
        await _appender.DisposeAsync();
        await _reader.DisposeAsync();
    }

    /// <summary>The appender's flush: every queued fact chained after the last entry, in one transaction under the lock.</summary>
    private async Task WriteAsync(IReadOnlyList<LedgerAppend> appends)
    {
        await using var connection = await _appender.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        DateTime now;
        long seq;
        byte[] hash;
        // The lock and the read under it in one round trip. The time is the database's, read under the lock, so
        // entries' times never go backwards along the chain whichever silo's clock runs ahead.
        await using (var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands = { new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({AppendLock})"), new NpgsqlBatchCommand(LastSql) },
        })
        {
            await using var reader = await batch.ExecuteReaderAsync();
            await reader.NextResultAsync();
            await reader.ReadAsync();
            now = reader.GetFieldValue<DateTime>(0);
            seq = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
            hash = reader.IsDBNull(2) ? LedgerHash.Genesis() : reader.GetFieldValue<byte[]>(2);
        }

        var entries = new LedgerEntry[appends.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = LedgerEntry.After(seq, hash, new DateTimeOffset(now, TimeSpan.Zero), appends[i].Fact);
            (seq, hash) = (entries[i].Seq, entries[i].Hash);
        }

        await using (var insert = new NpgsqlCommand(InsertSql, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<DateTime>("at", NpgsqlDbType.TimestampTz) { TypedValue = entries[0].At.UtcDateTime });
            insert.Parameters.Add(new NpgsqlParameter<long[]>("seq", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. entries.Select(e => e.Seq)] });
            insert.Parameters.Add(Texts("kind", entries.Select(e => e.Kind)));
            insert.Parameters.Add(Texts("subject", entries.Select(e => e.Subject)));
            insert.Parameters.Add(Texts("body", entries.Select(e => e.Body)));
            insert.Parameters.Add(new NpgsqlParameter<byte[][]>("prev_hash", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = [.. entries.Select(e => e.PrevHash)] });
            insert.Parameters.Add(new NpgsqlParameter<byte[][]>("hash", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = [.. entries.Select(e => e.Hash)] });
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        for (var i = 0; i < entries.Length; i++)
        {
            appends[i].Complete(entries[i]);
        }
    }

    private async Task<List<T>> QueryAsync<T>(
        string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        var rows = new List<T>();
        await using var command = _reader.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static LedgerEntry Entry(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), Utc(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetFieldValue<byte[]>(5), reader.GetFieldValue<byte[]>(6));

    private static LedgerCheckpoint Checkpoint(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetFieldValue<byte[]>(1), Utc(reader, 2), reader.GetString(3), reader.GetString(4));

    private static NpgsqlParameter<long> Seq(string name, long value) => new(name, NpgsqlDbType.Bigint) { TypedValue = value };

    // Npgsql reads timestamptz as a UTC DateTime.
    private static DateTimeOffset Utc(NpgsqlDataReader reader, int ordinal) => new(reader.GetFieldValue<DateTime>(ordinal), TimeSpan.Zero);

    private static NpgsqlParameter<string[]> Texts(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. values] };
}
