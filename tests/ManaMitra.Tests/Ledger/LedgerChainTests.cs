using ManaMitra.Documents.Ledger;
using ManaMitra.Interfaces.Ledger;
using ManaMitra.Persistence.Ledger;
using ManaMitra.Tests.Persistence;
using Npgsql;

namespace ManaMitra.Tests.Ledger;

/// <summary>
/// The ledger on a real PostgreSQL 15, tampered with as someone with the database's owner rights could: every edit or
/// removal up to the last signed checkpoint is found, at the seq where it was made.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LedgerChainTests(PostgresServer server)
{
    [Fact]
    public async Task An_untouched_chain_verifies_with_its_checkpoints()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(10);
        var first = await ledger.CheckpointAsync();
        await ledger.AppendAsync(5, "LATER");
        var second = await ledger.CheckpointAsync();
        await ledger.AppendAsync(3, "UNSIGNED");

        var result = await ledger.VerifyAsync();

        Assert.True(result.Intact, result.Break?.Detail);
        Assert.Equal((18L, 2, 15L, 3L), (result.Entries, result.Checkpoints, result.LastCheckpoint!.Seq, result.Unsealed));
        Assert.Equal((10L, 15L), (first.Seq, second.Seq));
        var entries = await ledger.Store.RangeAsync(1, 18);
        Assert.Equal(Enumerable.Range(1, 18).Select(i => (long)i), entries.Select(e => e.Seq));
        Assert.Equal(LedgerHash.Genesis(), entries[0].PrevHash);
        Assert.All(entries.Skip(1), (e, i) => Assert.Equal(entries[i].Hash, e.PrevHash));
        Assert.All(entries.Zip(entries.Skip(1)), pair => Assert.True(pair.First.At <= pair.Second.At));
    }

    [Theory]
    [InlineData("""body = '{"kind":"certificate","n":99}'""")]
    [InlineData("at = at - interval '1 day'")]
    [InlineData("kind = 'document.revoked'")]
    [InlineData("subject = 'DOC-OTHER'")]
    public async Task Editing_one_row_is_reported_at_that_seq(string edit)
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(12);
        await ledger.CheckpointAsync();

        await ledger.TamperAsync($"UPDATE ledger SET {edit} WHERE seq = 7");
        var result = await ledger.VerifyAsync();

        Assert.Equal((7L, LedgerProblem.Edited), (result.Break!.Seq, result.Break.Problem));
        Assert.Equal(6, result.Entries);
    }

    [Fact]
    public async Task Deleting_a_middle_row_is_reported_as_missing()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(12);
        await ledger.CheckpointAsync();

        await ledger.TamperAsync("DELETE FROM ledger WHERE seq = 5");
        var result = await ledger.VerifyAsync();

        Assert.Equal((5L, LedgerProblem.Missing), (result.Break!.Seq, result.Break.Problem));
        Assert.Contains("entry 5 is missing", result.Break.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_row_and_renumbering_the_rest_is_reported_where_the_chain_no_longer_links()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(8);

        await ledger.TamperAsync("DELETE FROM ledger WHERE seq = 4");
        // In two steps, so no row takes a seq another still holds.
        await ledger.TamperAsync("UPDATE ledger SET seq = -seq WHERE seq > 4");
        await ledger.TamperAsync("UPDATE ledger SET seq = -seq - 1 WHERE seq < 0");
        var result = await ledger.VerifyAsync();

        Assert.Equal((4L, LedgerProblem.Unlinked), (result.Break!.Seq, result.Break.Problem));
    }

    [Fact]
    public async Task Rewriting_every_hash_after_an_edit_is_caught_by_the_signed_checkpoint()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(10);
        await ledger.CheckpointAsync();
        await ledger.AppendAsync(5, "LATER");

        await ledger.TamperAsync("""UPDATE ledger SET body = '{"kind":"certificate","n":99}' WHERE seq = 4""");
        await ledger.RechainFromAsync(4);
        var result = await ledger.VerifyAsync();

        // Every row holds and links to the one before: only the signature knows the chain was different.
        Assert.All(await ledger.Store.RangeAsync(1, 15), e => Assert.True(e.HashHolds()));
        Assert.Equal((10L, LedgerProblem.Rewritten), (result.Break!.Seq, result.Break.Problem));
        Assert.Contains("an entry after 0 was changed", result.Break.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rewrite_after_the_last_checkpoint_goes_unseen_which_is_why_checkpoints_come_often()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(10);
        await ledger.CheckpointAsync();
        await ledger.AppendAsync(5, "LATER");

        await ledger.TamperAsync("""UPDATE ledger SET body = '{"kind":"certificate","n":99}' WHERE seq = 13""");
        await ledger.RechainFromAsync(13);
        var result = await ledger.VerifyAsync();

        // What docs/LEDGER.md says the ledger does not prove: the unsigned tail, which the result names.
        Assert.True(result.Intact);
        Assert.Equal(5, result.Unsealed);
    }

    [Fact]
    public async Task Removing_the_last_entries_is_caught_by_a_checkpoint_that_signed_them()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(6);
        await ledger.CheckpointAsync();
        await ledger.AppendAsync(6, "LATER");
        await ledger.CheckpointAsync();

        await ledger.TamperAsync("DELETE FROM ledger WHERE seq > 9");
        var result = await ledger.VerifyAsync();

        Assert.Equal((10L, LedgerProblem.Truncated), (result.Break!.Seq, result.Break.Problem));
        Assert.Contains("the checkpoint at 12 signs 12 entries and only 9 are left", result.Break.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_the_published_keys_did_not_sign_is_reported()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        var last = await ledger.AppendAsync(4);
        await using var forger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.Store.AddCheckpointAsync(LedgerSeal.Sign(last, DateTimeOffset.UtcNow, forger.Keys));

        var result = await ledger.VerifyAsync();

        Assert.Equal((4L, LedgerProblem.BadCheckpoint), (result.Break!.Seq, result.Break.Problem));
        Assert.Contains("has no valid signature", result.Break.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_row_edited_to_match_a_rewritten_chain_is_reported()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(5);
        await ledger.CheckpointAsync();

        await ledger.TamperAsync("""UPDATE ledger SET body = '{"kind":"certificate","n":99}' WHERE seq = 2""");
        await ledger.RechainFromAsync(2);
        var forged = (await ledger.Store.LastAsync())!;
        await ledger.TamperAsync("UPDATE ledger_checkpoint SET hash = @hash WHERE seq = 5", new NpgsqlParameter("hash", forged.Hash));
        var result = await ledger.VerifyAsync();

        Assert.Equal((5L, LedgerProblem.BadCheckpoint), (result.Break!.Seq, result.Break.Problem));
        Assert.Contains("was edited", result.Break.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tables_refuse_updates_and_deletes_while_their_guard_is_on()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(3);
        await ledger.CheckpointAsync();
        await using var connection = new NpgsqlConnection(ledger.ConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE ledger SET body = '{}' WHERE seq = 1", "DELETE FROM ledger WHERE seq = 3", "TRUNCATE ledger", "DELETE FROM ledger_checkpoint" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }

        Assert.True((await ledger.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_ledger_longer_than_a_page_is_walked_to_its_end()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        // A thousand at a time: more at once than the appender queues is refused as a database not keeping up.
        foreach (var chunk in Enumerable.Range(1, 5003).Chunk(1000))
        {
            await Task.WhenAll(chunk.Select(i => ledger.Store.AppendAsync(new LedgerFact("document.issued", $"DOC-{i}", "{}"))));
        }

        await ledger.CheckpointAsync();

        var intact = await ledger.VerifyAsync();
        await ledger.TamperAsync("DELETE FROM ledger WHERE seq = 5001");
        var broken = await ledger.VerifyAsync();

        Assert.True(intact.Intact, intact.Break?.Detail);
        Assert.Equal((5003L, 5003L), (intact.Entries, intact.LastCheckpoint!.Seq));
        Assert.Equal((5001L, LedgerProblem.Missing), (broken.Break!.Seq, broken.Break.Problem));
    }

    [Fact]
    public async Task Concurrent_appends_from_several_silos_stay_one_unbroken_chain()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        // Three stores on one database, as three silos: each with its own appender and connections.
        var silos = new[] { ledger.Store, new PostgresLedgerStore(ledger.ConnectionString), new PostgresLedgerStore(ledger.ConnectionString) };
        try
        {
            var appended = await Task.WhenAll(silos.SelectMany((store, s) => Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
            {
                var entries = new List<LedgerEntry>();
                for (var i = 0; i < 25; i++)
                {
                    entries.Add(await store.AppendAsync(new LedgerFact("document.issued", $"S{s}-T{t}-{i}", "{}")));
                }

                return entries;
            }))));

            var result = await ledger.VerifyAsync();
            var stored = await ledger.Store.RangeAsync(1, long.MaxValue);

            Assert.True(result.Intact, result.Break?.Detail);
            Assert.Equal(600, result.Entries);
            Assert.Equal(Enumerable.Range(1, 600).Select(i => (long)i), stored.Select(e => e.Seq));
            Assert.Equal(600, stored.Select(e => e.Subject).Distinct().Count());
            // Each append was told the entry that was stored for it.
            Assert.Equal(stored.Select(e => (e.Seq, e.Subject)).Order(), appended.SelectMany(a => a).Select(e => (e.Seq, e.Subject)).Order());
        }
        finally
        {
            await silos[1].DisposeAsync();
            await silos[2].DisposeAsync();
        }
    }
}
