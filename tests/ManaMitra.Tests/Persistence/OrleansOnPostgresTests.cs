using ManaMitra.Grains.Citizens;
using ManaMitra.Persistence.Contracts;
using ManaMitra.Persistence;
using ManaMitra.Persistence.Encryption;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace ManaMitra.Tests.Persistence;

/// <summary>A two-silo cluster wired with <see cref="PostgresHostingExtensions"/> on a migrated database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OrleansOnPostgresTests(PostgresServer server) : IAsyncLifetime
{
    private const string ConnectionStringKey = "ConnectionStrings:ManaMitra";

    private TestCluster? _cluster;
    private string _connectionString = "";

    private TestCluster Cluster => _cluster!;

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(_connectionString, CancellationToken.None);

        var builder = new TestClusterBuilder(2);
        // Membership must go through PostgreSQL, not the test cluster's in-memory table.
        builder.Options.UseTestClusterMembership = false;
        builder.Properties[ConnectionStringKey] = _connectionString;
        builder.AddSiloBuilderConfigurator<SiloOnPostgres>();
        builder.AddClientBuilderConfigurator<ClientOnPostgres>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task Both_silos_register_as_active_in_the_membership_table()
    {
        Assert.Equal(2L, await ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3"));
        Assert.Equal(2, Cluster.GetActiveSilos().Count());
    }

    [Fact]
    public async Task A_database_error_inside_a_grain_reaches_the_caller_as_a_storage_error_not_a_codec_failure()
    {
        var grain = Cluster.Client.GetGrain<IPersistenceProbeGrain>("919876543219");

        // PostgreSQL's own refusal (division by zero, SQLSTATE 22012), thrown by Npgsql as a PostgresException,
        // which Orleans cannot serialize: unmapped, the caller got CodecNotFoundException instead of the error.
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => grain.Execute("SELECT 1/0"));

        Assert.Contains("22012", error.Message, StringComparison.Ordinal);
        // The silo is unharmed: the same grain answers the next call.
        await grain.Save("after the error");
        Assert.Equal("after the error", await grain.Load());
    }

    [Fact]
    public async Task State_written_before_deactivation_is_read_back_from_postgres()
    {
        var grain = Cluster.Client.GetGrain<IPersistenceProbeGrain>("919876543210");
        var first = await grain.Activation();

        await grain.Save("నమస్కారం hello");

        Assert.NotEqual(first, await grain.Activation());
        Assert.Equal("నమస్కారం hello", await grain.Load());
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM OrleansStorage WHERE PayloadBinary IS NOT NULL"));
    }

    [Fact]
    public async Task Conversations_go_to_the_group_commit_table_and_other_citizen_states_stay_in_orleans_storage()
    {
        await Cluster.Client.GetGrain<IConversationProbeGrain>("919876543211").Save("conversation");
        await Cluster.Client.GetGrain<IPersistenceProbeGrain>("919876543211").Save("other");

        Assert.Equal("conversation", await Cluster.Client.GetGrain<IConversationProbeGrain>("919876543211").Load());
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM grain_state WHERE state_name = 'citizen-chat' AND payload IS NOT NULL"));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM OrleansStorage WHERE PayloadBinary IS NOT NULL"));
    }

    [Fact]
    public async Task States_in_orleans_storage_are_encrypted_too()
    {
        await Cluster.Client.GetGrain<IPersistenceProbeGrain>("919876543212").Save("Lakshmi Devi, 9876543210");

        var payload = await ScalarAsync<byte[]>("SELECT PayloadBinary FROM OrleansStorage WHERE PayloadBinary IS NOT NULL");

        Assert.Equal(StateCipher.Marker, payload[0]);
        Assert.True(payload.AsSpan().IndexOf("Lakshmi Devi"u8) < 0, "the state is stored in clear");
        Assert.Equal("Lakshmi Devi, 9876543210", await Cluster.Client.GetGrain<IPersistenceProbeGrain>("919876543212").Load());
    }

    [Fact]
    public async Task A_stored_state_that_does_not_decrypt_fails_the_grain_call_with_that_reason_instead_of_starting_empty()
    {
        var conversation = Cluster.Client.GetGrain<IConversationProbeGrain>("919876543213");
        await conversation.Save("kept");
        await ScalarAsync<int>("UPDATE grain_state SET payload = set_byte(payload, length(payload) - 1, get_byte(payload, length(payload) - 1) # 1) RETURNING version");

        // Save deactivated the grain, so this call activates it from the altered row.
        var refused = await Assert.ThrowsAsync<StateDecryptionException>(conversation.Load);

        Assert.Contains("altered", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_is_stored_and_fires()
    {
        var grain = Cluster.Client.GetGrain<IPersistenceProbeGrain>("reminded");

        await grain.StartTicking(TimeSpan.FromSeconds(1));

        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = 'tick'"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await grain.Ticks() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.True(await grain.Ticks() > 0, "the reminder did not fire within 30 s");
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed class SiloOnPostgres : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.UseManaMitraPostgres(
                siloBuilder.Configuration[ConnectionStringKey]!, new HashSet<string>(StringComparer.Ordinal) { CitizenChatGrain.StateName }, TestSecrets.StateKeys);
            // Production keeps Orleans' one-minute floor; the test needs ticks within seconds.
            siloBuilder.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        }
    }

    private sealed class ClientOnPostgres : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseManaMitraPostgres(configuration[ConnectionStringKey]!);
    }
}
