using System.Net;
using System.Text;
using ManaMitra.Grains.Delivery;
using ManaMitra.Persistence;
using ManaMitra.Persistence.Encryption;
using ManaMitra.Testing;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// A conversation over the webhook, on a frontend hosting a silo on real PostgreSQL, seen from the database: what the
/// citizen typed and who they are is in the conversation's state, and none of it is in a stored row or a row's key.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConversationAtRestTests(PostgresServer server) : IAsyncLifetime
{
    private const string Citizen = "919912345678";
    private const string TypedServiceNumber = "55512340987";
    private const string TypedMobile = "9876501234";

    private string _connectionString = "";
    private RunningFrontend? _frontend;

    private RunningFrontend Frontend => _frontend!;

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(_connectionString, CancellationToken.None);
        _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings:ManaMitra"] = _connectionString,
            ["ManaMitra:Frontend:HostsSilo"] = "true",
        });
    }

    public async Task DisposeAsync()
    {
        if (_frontend is not null)
        {
            await _frontend.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_stored_conversation_holds_neither_the_citizens_number_nor_what_they_typed_in_clear()
    {
        await SaysAsync(MetaWebhooks.Text(Citizen, "wamid.at-rest.1", "hi"));
        await SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.at-rest.2", "lang:en"));
        await SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.at-rest.3", TestConversations.AgreeAndApply("link-mobile-to-service")));
        await SaysAsync(MetaWebhooks.Text(Citizen, "wamid.at-rest.4", TypedServiceNumber));
        await SaysAsync(MetaWebhooks.Text(Citizen, "wamid.at-rest.5", TypedMobile));

        var (grainId, payload) = Assert.Single(await RowsAsync("SELECT grain_id, payload FROM grain_state WHERE state_name = 'citizen-chat'"));
        using var cipher = new StateCipher(TestSecrets.StateKeys);
        var state = cipher.Decrypt(payload, new StateRow("manamitra", grainId, "citizen-chat"));
        // The state does hold them (so the checks below could fail): the form's answers, the address replies go to.
        Assert.True(Contains(state, TypedServiceNumber) && Contains(state, TypedMobile) && Contains(state, Citizen), "the conversation's state lacks what it was told");
        Assert.Equal(StateCipher.Marker, payload[0]);
        Assert.False(Contains(payload, Citizen), "the stored row holds the citizen's number in clear");
        Assert.False(Contains(payload, TypedServiceNumber), "the stored row holds a typed answer in clear");
        Assert.False(Contains(payload, TypedMobile), "the stored row holds a typed mobile number in clear");
        Assert.Equal($"citizenchat/{TestSecrets.CitizenKeys.Of(Citizen)}", grainId);
    }

    [Fact]
    public async Task No_row_of_the_database_is_keyed_by_the_citizens_number_nor_holds_it_in_clear()
    {
        await SaysAsync(MetaWebhooks.Text(Citizen, "wamid.keys.1", "hi"));
        await SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.keys.2", "lang:en"));
        await SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.keys.3", TestConversations.AgreeAndApply("link-mobile-to-service")));
        await SaysAsync(MetaWebhooks.Text(Citizen, "wamid.keys.4", TypedServiceNumber));
        await SaysAsync(MetaWebhooks.Text(Citizen, "wamid.keys.5", TypedMobile));
        // Submitted: an application (and its department's queue) is stored under the conversation's key too.
        await SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.keys.6", "form:confirm"));

        var states = await RowsAsync("SELECT grain_id, payload FROM grain_state UNION ALL SELECT GrainTypeString || '/' || coalesce(GrainIdExtensionString, ''), PayloadBinary FROM OrleansStorage");
        var reminders = await RowsAsync("SELECT GrainId, ''::bytea FROM OrleansRemindersTable");

        Assert.Contains(states, row => row.Key.StartsWith("application", StringComparison.Ordinal));
        Assert.All(states.Concat(reminders), row =>
        {
            Assert.DoesNotContain(Citizen[2..], row.Key, StringComparison.Ordinal);
            Assert.False(Contains(row.Payload, Citizen[2..]), $"the row of {row.Key} holds the citizen's number in clear");
            Assert.False(Contains(row.Payload, TypedMobile), $"the row of {row.Key} holds a typed mobile number in clear");
        });
    }

    private static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>Posts a message and waits for the reply it brings, so each is stored before the next.</summary>
    private async Task SaysAsync(string webhook)
    {
        var channel = Frontend.Services.GetRequiredService<SandboxChannel>();
        var before = (await channel.ReadAsync(Citizen, 0, TimeSpan.Zero, CancellationToken.None)).Count;
        using var response = await Frontend.PostSignedAsync(webhook);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        // A read receipt and at least one reply: the sequence numbers count both.
        while ((await channel.ReadAsync(Citizen, before + 1, TimeSpan.FromSeconds(5), CancellationToken.None)).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no reply within 30 s");
        }
    }

    /// <summary>Each row's key and bytes (a missing payload as none).</summary>
    private async Task<List<(string Key, byte[] Payload)>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var rows = new List<(string, byte[])>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? [] : (byte[])reader[1]));
        }

        return rows;
    }
}
