using ManaMitra.Persistence.Contracts;
using ManaMitra.Persistence.Encryption;
using ManaMitra.Persistence.GroupCommit;
using ManaMitra.Persistence;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Serialization;
using Orleans.Storage;

namespace ManaMitra.Tests.Persistence;

/// <summary><see cref="GroupCommitGrainStorage"/> against a real, migrated PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GroupCommitGrainStorageTests(PostgresServer server) : IAsyncLifetime
{
    private const string StateName = "probe";

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(s => s.AddAssembly(typeof(ProbeState).Assembly))
        .BuildServiceProvider();

    private readonly StateCipher _cipher = new(TestSecrets.StateKeys);
    private readonly List<GroupCommitGrainStorage> _storages = [];
    private string _connectionString = "";
    private GroupCommitGrainStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(_connectionString, CancellationToken.None);
        _storage = NewStorage("service-a");
    }

    public async Task DisposeAsync()
    {
        foreach (var opened in _storages)
        {
            await opened.DisposeAsync();
        }

        await _services.DisposeAsync();
        _cipher.Dispose();
    }

    [Fact]
    public async Task A_written_state_reads_back_with_its_etag()
    {
        var grain = Grain("919876543210");
        var written = new GrainState<ProbeState>(new ProbeState { Value = "నమస్కారం hello", Ticks = 3 });

        await _storage.WriteStateAsync(StateName, grain, written);
        var read = new GrainState<ProbeState>(new ProbeState());
        await NewStorage("service-a").ReadStateAsync(StateName, grain, read);

        Assert.Equal("1", written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
        Assert.Equal("నమస్కారం hello", read.State!.Value);
        Assert.Equal(3, read.State!.Ticks);
    }

    [Fact]
    public async Task A_state_never_written_reads_as_a_fresh_instance_without_etag()
    {
        var read = new GrainState<ProbeState>(null!);

        await _storage.ReadStateAsync(StateName, Grain("nobody"), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.NotNull(read.State);
        Assert.Null(read.State!.Value);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_names_both_versions()
    {
        var grain = Grain("919000000001");
        var first = new GrainState<ProbeState>(new ProbeState { Value = "one" });
        await _storage.WriteStateAsync(StateName, grain, first);
        var stale = new GrainState<ProbeState>(new ProbeState { Value = "stale" }) { ETag = first.ETag };
        first.State!.Value = "two";
        await _storage.WriteStateAsync(StateName, grain, first);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, grain, stale));

        Assert.Equal("2", conflict.StoredEtag);
        Assert.Equal("1", conflict.CurrentEtag);
        Assert.Equal("two", await ReadValueAsync(grain));
    }

    [Fact]
    public async Task Two_activations_creating_the_same_state_cannot_both_win()
    {
        var grain = Grain("919000000002");
        await _storage.WriteStateAsync(StateName, grain, new GrainState<ProbeState>(new ProbeState { Value = "first" }));

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            NewStorage("service-a").WriteStateAsync(StateName, grain, new GrainState<ProbeState>(new ProbeState { Value = "second" })));

        Assert.Equal("first", await ReadValueAsync(grain));
    }

    [Fact]
    public async Task Clearing_empties_the_state_and_outdates_etags_from_before_the_clear()
    {
        var grain = Grain("919000000003");
        var state = new GrainState<ProbeState>(new ProbeState { Value = "kept" });
        await _storage.WriteStateAsync(StateName, grain, state);
        var before = new GrainState<ProbeState>(new ProbeState { Value = "from before" }) { ETag = state.ETag };

        await _storage.ClearStateAsync(StateName, grain, state);

        Assert.False(state.RecordExists);
        Assert.Equal("2", state.ETag);
        Assert.Null(state.State!.Value);
        var read = new GrainState<ProbeState>(new ProbeState());
        await _storage.ReadStateAsync(StateName, grain, read);
        Assert.False(read.RecordExists);
        Assert.Equal("2", read.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, grain, before));

        state.State!.Value = "again";
        await _storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal("again", await ReadValueAsync(grain));
    }

    [Fact]
    public async Task Hundreds_of_grains_writing_at_once_all_commit_every_write()
    {
        const int grains = 300, writesEach = 5;

        await Task.WhenAll(Enumerable.Range(0, grains).Select(async n =>
        {
            var state = new GrainState<ProbeState>(new ProbeState());
            for (var i = 1; i <= writesEach; i++)
            {
                state.State!.Value = $"citizen {n} write {i}";
                state.State!.Ticks = i;
                await _storage.WriteStateAsync(StateName, Grain($"citizen-{n}"), state);
            }
        }));

        Assert.Equal((long)grains, await ScalarAsync<long>($"SELECT count(*) FROM grain_state WHERE version = {writesEach}"));
        var reader = NewStorage("service-a");
        var reads = await Task.WhenAll(Enumerable.Range(0, grains).Select(async n =>
        {
            var read = new GrainState<ProbeState>(new ProbeState());
            await reader.ReadStateAsync(StateName, Grain($"citizen-{n}"), read);
            return (n, read.State);
        }));
        Assert.All(reads, r => Assert.Equal($"citizen {r.n} write {writesEach}", r.State!.Value));
    }

    [Fact]
    public async Task A_grain_that_writes_again_without_awaiting_has_its_writes_applied_in_order_by_one_flusher()
    {
        // One flusher: with several, two writes of one grain in flight at once may be taken by two of them and race.
        // No grain does that (Orleans awaits each write of a grain's state); this is the order within a batch.
        var storage = NewStorage("service-a", new GroupCommitOptions { Flushers = 1 });
        var grain = Grain("919000000004");
        var state = new GrainState<ProbeState>(new ProbeState { Value = "first" });
        await storage.WriteStateAsync(StateName, grain, state);
        var etag = state.ETag;

        // Queued one after the other; the second carries the same (by then stale) etag and must lose.
        var first = storage.WriteStateAsync(StateName, grain, new GrainState<ProbeState>(new ProbeState { Value = "second" }) { ETag = etag });
        var second = storage.WriteStateAsync(StateName, grain, new GrainState<ProbeState>(new ProbeState { Value = "third" }) { ETag = etag });

        await first;
        await Assert.ThrowsAsync<InconsistentStateException>(() => second);
        Assert.Equal("second", await ReadValueAsync(grain));
    }

    [Fact]
    public async Task Services_sharing_a_database_do_not_see_each_others_state()
    {
        var grain = Grain("919000000005");
        await _storage.WriteStateAsync(StateName, grain, new GrainState<ProbeState>(new ProbeState { Value = "service a" }));

        var other = new GrainState<ProbeState>(new ProbeState());
        await NewStorage("service-b").ReadStateAsync(StateName, grain, other);

        Assert.False(other.RecordExists);
        Assert.Null(other.State!.Value);
    }

    [Fact]
    public async Task A_state_with_pending_work_is_found_once_it_has_waited_longer_than_asked_until_a_write_without_it()
    {
        var grain = Grain("919000000077");
        var state = new GrainState<PendingProbeState>(new PendingProbeState { Pending = true });
        await _storage.WriteStateAsync(StateName, grain, state);
        await _storage.WriteStateAsync(StateName, Grain("919000000078"), new GrainState<PendingProbeState>(new PendingProbeState()));
        await using var pending = new GrainStateScans(_connectionString, "service-a");
        await using var otherService = new GrainStateScans(_connectionString, "service-b");

        Assert.Empty(await pending.PendingAsync(StateName, TimeSpan.FromHours(1), null, 10, CancellationToken.None));
        Assert.Equal([grain], await pending.PendingAsync(StateName, TimeSpan.Zero, null, 10, CancellationToken.None));
        Assert.Empty(await otherService.PendingAsync(StateName, TimeSpan.Zero, null, 10, CancellationToken.None));
        Assert.Empty(await pending.PendingAsync("another-state", TimeSpan.Zero, null, 10, CancellationToken.None));

        // Written again while still pending, it keeps the time it first was: a grain stuck retrying is still found.
        var since = await ScalarAsync<DateTime>("SELECT pending_since FROM grain_state WHERE grain_id = '" + grain + "'");
        await _storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal(since, await ScalarAsync<DateTime>("SELECT pending_since FROM grain_state WHERE grain_id = '" + grain + "'"));

        state.State!.Pending = false;
        await _storage.WriteStateAsync(StateName, grain, state);
        Assert.Empty(await pending.PendingAsync(StateName, TimeSpan.Zero, null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_state_not_written_for_longer_than_asked_is_idle_until_it_is_cleared()
    {
        var old = Grain("919000000081");
        var state = new GrainState<PendingProbeState>(new PendingProbeState());
        await _storage.WriteStateAsync(StateName, old, state);
        await _storage.WriteStateAsync(StateName, Grain("919000000082"), new GrainState<PendingProbeState>(new PendingProbeState()));
        await using var scans = new GrainStateScans(_connectionString, "service-a");

        await AgeAsync(old);
        Assert.Equal([old], await scans.IdleAsync(StateName, TimeSpan.FromDays(180), null, 10, CancellationToken.None));
        Assert.Empty(await scans.IdleAsync("another-state", TimeSpan.FromDays(180), null, 10, CancellationToken.None));

        // Cleared, its row holds nothing to expire, however old.
        await _storage.ClearStateAsync(StateName, old, state);
        await AgeAsync(old);
        Assert.Empty(await scans.IdleAsync(StateName, TimeSpan.FromDays(180), null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Idle_states_come_in_pages_each_starting_after_the_last_grain_of_the_one_before()
    {
        // A state of its own, so idle rows other tests leave are not in its pages.
        const string paged = "idle-page-probe";
        var grains = new[] { Grain("919000000093"), Grain("919000000091"), Grain("919000000092") };
        foreach (var grain in grains)
        {
            await _storage.WriteStateAsync(paged, grain, new GrainState<PendingProbeState>(new PendingProbeState()));
            await AgeAsync(grain);
        }

        await using var scans = new GrainStateScans(_connectionString, "service-a");

        var first = await scans.IdleAsync(paged, TimeSpan.FromDays(180), null, 2, CancellationToken.None);
        var second = await scans.IdleAsync(paged, TimeSpan.FromDays(180), first[^1], 2, CancellationToken.None);

        // Left as they were (none is cleared), every grain still comes once: the pages walk on, they do not repeat.
        Assert.Equal(2, first.Count);
        Assert.Equal(grains.Select(g => g.ToString()).Order(StringComparer.Ordinal), first.Concat(second).Select(g => g.ToString()));
    }

    private Task<int> AgeAsync(GrainId grain) => ScalarAsync<int>(
        "WITH aged AS (UPDATE grain_state SET modified_at = now() - interval '200 days' WHERE grain_id = '" + grain + "' RETURNING 1) SELECT count(*)::int FROM aged");

    [Fact]
    public async Task While_the_database_stalls_writes_past_the_queue_bound_are_refused_at_once_and_the_queued_ones_complete_afterwards()
    {
        var storage = NewStorage("service-a", new GroupCommitOptions { Flushers = 1, MaxQueued = 2 });
        // The table locked by another session: the flusher's statement waits on it, as it would on a stalled database.
        await using var blocker = new NpgsqlConnection(_connectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("LOCK TABLE grain_state IN ACCESS EXCLUSIVE MODE", blocker, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        var inStatement = Write(storage, "citizen-0");
        await UntilAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()") == 1);
        var queued = new[] { Write(storage, "citizen-1"), Write(storage, "citizen-2") };

        var refused = await Assert.ThrowsAsync<StorageUnavailableException>(() => Write(storage, "citizen-3"));
        Assert.Contains("saturated", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(queued, w => w.IsCompleted);

        await transaction.RollbackAsync();
        await Task.WhenAll(queued.Append(inStatement));
        Assert.Null(await ReadValueAsync(Grain("citizen-3")));
        Assert.Equal("citizen-2", await ReadValueAsync(Grain("citizen-2")));
    }

    private static Task Write(GroupCommitGrainStorage storage, string key) =>
        storage.WriteStateAsync(StateName, Grain(key), new GrainState<ProbeState>(new ProbeState { Value = key }));

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 30 s");
            await Task.Delay(20);
        }
    }

    // A separate instance reads from the database, never from anything the writing instance holds.
    private GroupCommitGrainStorage NewStorage(string serviceId, GroupCommitOptions? options = null)
    {
        var opened = new GroupCommitGrainStorage(
            StorageNames.Citizens, _connectionString, serviceId,
            new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>()),
            _cipher,
            _services.GetRequiredService<IActivatorProvider>(),
            options ?? new GroupCommitOptions());
        _storages.Add(opened);
        return opened;
    }

    private static GrainId Grain(string key) => GrainId.Create("probe", key);

    private async Task<string?> ReadValueAsync(GrainId grain)
    {
        var read = new GrainState<ProbeState>(new ProbeState());
        await NewStorage("service-a").ReadStateAsync(StateName, grain, read);
        return read.State!.Value;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
