using System.Security.Cryptography;
using ManaMitra.Documents;
using ManaMitra.Documents.Ledger;
using ManaMitra.Interfaces.Ledger;
using ManaMitra.Persistence;
using ManaMitra.Persistence.Ledger;
using Npgsql;

namespace ManaMitra.Tests.Ledger;

/// <summary>
/// A migrated database of its own with the ledger's store on it, the key that signs its checkpoints, and what an
/// attacker with the database's owner rights would do to its rows.
/// </summary>
public sealed class LedgerDatabase : IAsyncDisposable
{
    public const string Kid = "ledger-test-key";

    private LedgerDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        Store = new PostgresLedgerStore(connectionString);
        Keys = new DocumentKeys([(Kid, ECDsa.Create(ECCurve.NamedCurves.nistP256))]);
    }

    public string ConnectionString { get; }

    public PostgresLedgerStore Store { get; }

    public DocumentKeys Keys { get; }

    public static async Task<LedgerDatabase> CreateAsync(Func<Task<string>> createDatabase)
    {
        var connectionString = await createDatabase();
        await SchemaMigrator.MigrateAsync(connectionString, CancellationToken.None);
        return new LedgerDatabase(connectionString);
    }

    /// <summary>Appends <paramref name="count"/> facts about documents <c>DOC-1</c>…; returns the last entry.</summary>
    public async Task<LedgerEntry> AppendAsync(int count, string prefix = "DOC")
    {
        LedgerEntry? last = null;
        for (var i = 1; i <= count; i++)
        {
            last = await Store.AppendAsync(new LedgerFact("document.issued", $"{prefix}-{i}", $$"""{"kind":"certificate","n":{{i}}}"""));
        }

        return last!;
    }

    /// <summary>Signs the last entry, as a silo's checkpointer does.</summary>
    public async Task<LedgerCheckpoint> CheckpointAsync()
    {
        var checkpoint = LedgerSeal.Sign((await Store.LastAsync())!, DateTimeOffset.UtcNow, Keys);
        await Store.AddCheckpointAsync(checkpoint);
        return checkpoint;
    }

    public async Task<LedgerVerification> VerifyAsync() =>
        await LedgerVerifier.VerifyAsync(Store.AllAsync(), Store.AllCheckpointsAsync(), Keys.JwkSet);

    /// <summary>Runs <paramref name="sql"/> as the tables' owner would to tamper: the append-only triggers switched off first.</summary>
    public async Task TamperAsync(string sql, params NpgsqlParameter[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("ALTER TABLE ledger DISABLE TRIGGER USER; ALTER TABLE ledger_checkpoint DISABLE TRIGGER USER", connection, transaction))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            command.Parameters.AddRange(parameters);
            await command.ExecuteNonQueryAsync();
        }

        await using (var on = new NpgsqlCommand("ALTER TABLE ledger ENABLE TRIGGER USER; ALTER TABLE ledger_checkpoint ENABLE TRIGGER USER", connection, transaction))
        {
            await on.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>
    /// What an attacker who knows the hashing but not the key does after editing an entry: recomputes every hash from
    /// <paramref name="from"/> on, so that each entry holds and follows its predecessor again.
    /// </summary>
    public async Task RechainFromAsync(long from)
    {
        var previous = (await Store.RangeAsync(from - 1, from - 1)).SingleOrDefault();
        var (seq, hash) = previous is null ? (0L, LedgerHash.Genesis()) : (previous.Seq, previous.Hash);
        foreach (var entry in await Store.RangeAsync(from, long.MaxValue))
        {
            var rechained = LedgerEntry.After(seq, hash, entry.At, new LedgerFact(entry.Kind, entry.Subject, entry.Body));
            await TamperAsync(
                "UPDATE ledger SET prev_hash = @prev, hash = @hash WHERE seq = @seq",
                new NpgsqlParameter("prev", rechained.PrevHash), new NpgsqlParameter("hash", rechained.Hash), new NpgsqlParameter("seq", rechained.Seq));
            (seq, hash) = (rechained.Seq, rechained.Hash);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Keys.Dispose();
    }
}
