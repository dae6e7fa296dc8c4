using ManaMitra.Persistence.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace ManaMitra.Persistence.GroupCommit;

/// <summary>
/// The two statements behind <see cref="GroupCommitGrainStorage"/>: each takes a whole batch as arrays and
/// answers for every row of it, so N grains cost one round trip and one commit.
/// </summary>
internal sealed class GrainStateTable(NpgsqlDataSource dataSource, string serviceId)
{
    /// <summary>How many distinct statements this table runs: its connections keep each prepared.</summary>
    public const int Statements = 2;

    // Updates succeed only where the stored version is the grain's etag; inserts only where no row exists (a NULL
    // etag). For a row that lost, the final SELECT reads grain_state as it was before this statement (a CTE's changes
    // are not visible to its siblings), so it reports the version that beat it; a row written needs no third lookup.
    private const string WriteSql = """
        WITH input AS (
            SELECT * FROM unnest(@grain_ids, @state_names, @expected, @payloads, @pending) WITH ORDINALITY
                AS i(grain_id, state_name, expected, payload, pending, ord)
        ),
        updated AS (
            UPDATE grain_state s
            SET version = s.version + 1, payload = i.payload, modified_at = now(),
                pending_since = CASE WHEN i.pending THEN coalesce(s.pending_since, now()) END
            FROM input i
            WHERE i.expected IS NOT NULL AND s.service_id = @service_id
              AND s.grain_id = i.grain_id AND s.state_name = i.state_name AND s.version = i.expected
            RETURNING i.ord, s.version
        ),
        inserted AS (
            INSERT INTO grain_state (service_id, grain_id, state_name, version, payload, pending_since)
            SELECT @service_id, grain_id, state_name, 1, payload, CASE WHEN pending THEN now() END FROM input WHERE expected IS NULL
            ON CONFLICT DO NOTHING
            RETURNING grain_id, state_name, version
        )
        SELECT i.ord, coalesce(u.version, n.version),
            CASE WHEN u.version IS NULL AND n.version IS NULL THEN
                (SELECT s.version FROM grain_state s
                 WHERE s.service_id = @service_id AND s.grain_id = i.grain_id AND s.state_name = i.state_name)
            END
        FROM input i
        LEFT JOIN updated u ON u.ord = i.ord
        LEFT JOIN inserted n ON i.expected IS NULL AND n.grain_id = i.grain_id AND n.state_name = i.state_name
        """;

    private const string ReadSql = """
        SELECT i.ord, s.version, s.payload
        FROM unnest(@grain_ids, @state_names) WITH ORDINALITY AS i(grain_id, state_name, ord)
        JOIN grain_state s ON s.service_id = @service_id AND s.grain_id = i.grain_id AND s.state_name = i.state_name
        """;

    public async Task WriteAsync(IReadOnlyList<StateWrite> writes)
    {
        await using var command = dataSource.CreateCommand(WriteSql);
        AddKeys(command, writes);
        command.Parameters.Add(new NpgsqlParameter<int?[]>("expected", NpgsqlDbType.Array | NpgsqlDbType.Integer)
        {
            TypedValue = writes.Select(w => w.ExpectedVersion).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter<byte[]?[]>("payloads", NpgsqlDbType.Array | NpgsqlDbType.Bytea)
        {
            TypedValue = writes.Select(w => w.Payload).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter<bool[]>("pending", NpgsqlDbType.Array | NpgsqlDbType.Boolean)
        {
            TypedValue = writes.Select(w => w.Pending).ToArray(),
        });

        var outcomes = new WriteOutcome[writes.Count];
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                outcomes[reader.GetInt64(0) - 1] = new WriteOutcome(
                    reader.IsDBNull(1) ? null : reader.GetInt32(1),
                    reader.IsDBNull(2) ? null : reader.GetInt32(2));
            }
        }

        // Completed only after the reader is closed: the statement (and with it the commit) has finished.
        for (var i = 0; i < writes.Count; i++)
        {
            writes[i].Complete(outcomes[i]);
        }
    }

    public async Task ReadAsync(IReadOnlyList<StateRead> reads)
    {
        await using var command = dataSource.CreateCommand(ReadSql);
        AddKeys(command, reads);

        var rows = new StoredState?[reads.Count];
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows[reader.GetInt64(0) - 1] = new StoredState(reader.GetInt32(1), reader.IsDBNull(2) ? null : (byte[])reader[2]);
            }
        }

        for (var i = 0; i < reads.Count; i++)
        {
            reads[i].Complete(rows[i]);
        }
    }

    private void AddKeys<T>(NpgsqlCommand command, IReadOnlyList<PendingOperation<T>> operations)
    {
        command.Parameters.Add(new NpgsqlParameter<string>("service_id", NpgsqlDbType.Text) { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string[]>("grain_ids", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            TypedValue = operations.Select(o => o.GrainId).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter<string[]>("state_names", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            TypedValue = operations.Select(o => o.StateName).ToArray(),
        });
    }
}

/// <summary>
/// A write (or, with a null payload, a clear) of one grain's state, expecting the stored version it last saw;
/// <paramref name="pending"/> when the state holds work still to be done (<see cref="IPendingWork"/>).
/// </summary>
internal sealed class StateWrite(string grainId, string stateName, int? expectedVersion, byte[]? payload, bool pending)
    : PendingOperation<WriteOutcome>(grainId, stateName)
{
    public int? ExpectedVersion { get; } = expectedVersion;

    public byte[]? Payload { get; } = payload;

    public bool Pending { get; } = pending;
}

/// <summary>A read of one grain's state; completes with null when no row exists.</summary>
internal sealed class StateRead(string grainId, string stateName) : PendingOperation<StoredState?>(grainId, stateName);

/// <param name="Written">The new version, or null when the write lost to another.</param>
/// <param name="Stored">The version stored before the statement, or null when no row existed.</param>
internal readonly record struct WriteOutcome(int? Written, int? Stored);

/// <param name="Payload">Null for a cleared state.</param>
internal sealed record StoredState(int Version, byte[]? Payload);
