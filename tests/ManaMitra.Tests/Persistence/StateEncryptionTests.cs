using System.Text;
using ManaMitra.Persistence;
using ManaMitra.Persistence.Contracts;
using ManaMitra.Persistence.Encryption;
using ManaMitra.Persistence.GroupCommit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// Grain state at rest in <c>grain_state</c>: encrypted under the current key and bound to its row, readable under a
/// retired key until rewritten, refused loudly when altered or moved, and, when written before encryption, read as it
/// was only while the deployment allows it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StateEncryptionTests(PostgresServer server) : IAsyncLifetime
{
    private const string StateName = "probe";
    private const string ServiceId = "service-a";

    private static readonly byte[] KeyA = Enumerable.Range(1, StateKeys.KeyBytes).Select(b => (byte)b).ToArray();
    private static readonly byte[] KeyB = Enumerable.Range(101, StateKeys.KeyBytes).Select(b => (byte)b).ToArray();

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(s => s.AddAssembly(typeof(ProbeState).Assembly))
        .BuildServiceProvider();

    private readonly List<IAsyncDisposable> _opened = [];
    private readonly List<StateCipher> _ciphers = [];
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(_connectionString, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }

        _ciphers.ForEach(c => c.Dispose());
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task A_stored_state_holds_nothing_of_it_in_clear_and_names_the_key_it_was_encrypted_with()
    {
        var grain = Grain("citizen-1");
        await Storage(("key-a", KeyA)).WriteStateAsync(StateName, grain, Probe("phone 919876543210, name Ramaiah Naidu"));

        var payload = await PayloadAsync(grain);

        Assert.Equal(StateCipher.Marker, payload[0]);
        Assert.Contains("key-a", Encoding.ASCII.GetString(payload, 0, 8), StringComparison.Ordinal);
        AssertNotInClear(payload, "919876543210", "Ramaiah Naidu");
        Assert.Equal("phone 919876543210, name Ramaiah Naidu", await ReadAsync(Storage(("key-a", KeyA)), grain));
    }

    [Fact]
    public async Task After_rotation_a_state_under_the_old_key_still_reads_and_its_next_write_uses_the_new_key()
    {
        var grain = Grain("citizen-2");
        await Storage(("key-a", KeyA)).WriteStateAsync(StateName, grain, Probe("under a"));
        var rotated = Storage(("key-b", KeyB), ("key-a", KeyA));

        var read = new GrainState<ProbeState>(new ProbeState());
        await rotated.ReadStateAsync(StateName, grain, read);
        Assert.Equal("under a", read.State!.Value);
        read.State!.Value = "under b";
        await rotated.WriteStateAsync(StateName, grain, read);

        Assert.Contains("key-b", Encoding.ASCII.GetString(await PayloadAsync(grain), 0, 8), StringComparison.Ordinal);
        Assert.Equal("under b", await ReadAsync(Storage(("key-b", KeyB)), grain));
        // Only B now: a silo that still knew A alone could not read it.
        await Assert.ThrowsAsync<StateDecryptionException>(() => ReadAsync(Storage(("key-a", KeyA)), grain));
    }

    [Theory]
    [InlineData(-1)] // the last byte of the ciphertext
    [InlineData(20)] // inside the tag
    [InlineData(10)] // inside the nonce
    public async Task A_state_with_one_byte_changed_is_refused_rather_than_read(int position)
    {
        var grain = Grain("citizen-3");
        var storage = Storage(("key-a", KeyA));
        await storage.WriteStateAsync(StateName, grain, Probe("untouched"));
        var length = (await PayloadAsync(grain)).Length;

        await ExecuteAsync(
            $"UPDATE grain_state SET payload = set_byte(payload, {(position < 0 ? length + position : position)}, get_byte(payload, {(position < 0 ? length + position : position)}) # 1) WHERE grain_id = '{grain}'");

        var refused = await Assert.ThrowsAsync<StateDecryptionException>(() => ReadAsync(Storage(("key-a", KeyA)), grain));
        Assert.Contains("altered", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_copied_into_another_grains_row_is_refused_there()
    {
        var (owner, other) = (Grain("citizen-4"), Grain("citizen-5"));
        var storage = Storage(("key-a", KeyA));
        await storage.WriteStateAsync(StateName, owner, Probe("the owner's"));
        await storage.WriteStateAsync(StateName, other, Probe("the other's"));

        await ExecuteAsync($"UPDATE grain_state SET payload = (SELECT payload FROM grain_state WHERE grain_id = '{owner}') WHERE grain_id = '{other}'");

        var refused = await Assert.ThrowsAsync<StateDecryptionException>(() => ReadAsync(Storage(("key-a", KeyA)), other));
        Assert.Contains("copied from another row", refused.Message, StringComparison.Ordinal);
        Assert.Equal("the owner's", await ReadAsync(Storage(("key-a", KeyA)), owner));
    }

    [Fact]
    public async Task A_state_under_a_key_no_longer_configured_is_refused_with_the_keys_id()
    {
        var grain = Grain("citizen-6");
        await Storage(("key-a", KeyA)).WriteStateAsync(StateName, grain, Probe("under a"));

        var refused = await Assert.ThrowsAsync<StateDecryptionException>(() => ReadAsync(Storage(("key-b", KeyB)), grain));

        Assert.Contains("'key-a'", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"{StateKeys.KeysSection}:key-a", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_unencrypted_states_are_allowed_one_written_before_encryption_reads_as_it_was_and_is_encrypted_at_its_next_write()
    {
        var grain = Grain("citizen-7");
        await InsertUnencryptedAsync(grain, "written in clear");
        Assert.Equal(1, await UnencryptedCountAsync());

        var storage = Storage(UnderKeyA(refuseUnencrypted: false));
        var read = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(("written in clear", 2), (read.State!.Value, read.State.Ticks));

        await storage.WriteStateAsync(StateName, grain, read);
        var payload = await PayloadAsync(grain);
        Assert.Equal(StateCipher.Marker, payload[0]);
        AssertNotInClear(payload, "written in clear");
        Assert.Equal(0, await UnencryptedCountAsync());
        Assert.Equal("written in clear", await ReadAsync(Storage(UnderKeyA(refuseUnencrypted: true)), grain));
    }

    [Fact]
    public async Task Once_unencrypted_states_are_refused_one_fails_its_read_naming_its_row_and_the_setting_never_its_content()
    {
        var grain = Grain("citizen-8");
        await InsertUnencryptedAsync(grain, "planted in clear");

        var refused = await Assert.ThrowsAsync<StateDecryptionException>(() => ReadAsync(Storage(UnderKeyA(refuseUnencrypted: true)), grain));

        Assert.Contains($"'{StateName}' of {grain}", refused.Message, StringComparison.Ordinal);
        Assert.Contains(StateKeys.RefuseUnencryptedSetting, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("planted in clear", refused.Message, StringComparison.Ordinal);
        // Refused, not overwritten: turning the switch off reads it as it was.
        Assert.Equal("planted in clear", await ReadAsync(Storage(UnderKeyA(refuseUnencrypted: false)), grain));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task An_encrypted_state_reads_whether_unencrypted_ones_are_refused_or_not(bool writerRefuses, bool readerRefuses)
    {
        var grain = Grain($"citizen-9-{writerRefuses}");
        await Storage(UnderKeyA(writerRefuses)).WriteStateAsync(StateName, grain, Probe("encrypted"));

        Assert.Equal("encrypted", await ReadAsync(Storage(UnderKeyA(readerRefuses)), grain));
        Assert.Equal("encrypted", await ReadAsync(Storage(UnderKeyA(writerRefuses)), grain));
    }

    private static void AssertNotInClear(byte[] payload, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.True(payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"the stored payload holds '{secret}' in clear");
        }
    }

    private static GrainState<ProbeState> Probe(string value) => new(new ProbeState { Value = value });

    private static GrainId Grain(string key) => GrainId.Create("probe", key);

    private static async Task<string?> ReadAsync(GroupCommitGrainStorage storage, GrainId grain)
    {
        var read = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync(StateName, grain, read);
        return read.State!.Value;
    }

    private static StateKeys UnderKeyA(bool refuseUnencrypted) =>
        new("key-a", new Dictionary<string, byte[]> { ["key-a"] = KeyA }) { RefuseUnencrypted = refuseUnencrypted };

    /// <summary>A storage whose first key is the current one: each instance reads from the database, never from another's memory.</summary>
    private GroupCommitGrainStorage Storage(params (string Id, byte[] Key)[] keys) =>
        Storage(new StateKeys(keys[0].Id, keys.ToDictionary(k => k.Id, k => k.Key)));

    private GroupCommitGrainStorage Storage(StateKeys keys)
    {
        var cipher = new StateCipher(keys);
        _ciphers.Add(cipher);
        var storage = new GroupCommitGrainStorage(
            StorageNames.Citizens, _connectionString, ServiceId,
            new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>()),
            cipher,
            _services.GetRequiredService<IActivatorProvider>(),
            new GroupCommitOptions());
        _opened.Add(storage);
        return storage;
    }

    /// <summary>A row as a build before encryption stored it: Orleans' serialization of the state, as it is.</summary>
    private async Task InsertUnencryptedAsync(GrainId grain, string value)
    {
        var plain = _services.GetRequiredService<Serializer>().SerializeToArray(new ProbeState { Value = value, Ticks = 2 });
        // Orleans writes strings as their UTF-8 bytes: what the encrypted payload is checked for is visible without it.
        Assert.True(plain.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            "INSERT INTO grain_state (service_id, grain_id, state_name, version, payload) VALUES (@service, @grain, @state, 1, @payload)", connection);
        insert.Parameters.AddWithValue("service", ServiceId);
        insert.Parameters.AddWithValue("grain", grain.ToString());
        insert.Parameters.AddWithValue("state", StateName);
        insert.Parameters.AddWithValue("payload", plain);
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>docs/PRODUCTION.md's count of the states left to migrate before unencrypted ones can be refused.</summary>
    private async Task<long> UnencryptedCountAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            @"SELECT count(*) FROM grain_state WHERE payload IS NOT NULL AND substring(payload FROM 1 FOR 1) <> '\xa5'::bytea", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<byte[]> PayloadAsync(GrainId grain)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT payload FROM grain_state WHERE grain_id = @grain", connection);
        command.Parameters.AddWithValue("grain", grain.ToString());
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
