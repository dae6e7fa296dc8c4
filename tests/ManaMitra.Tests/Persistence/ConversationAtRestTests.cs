using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Documents;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Persistence.Encryption;
using ManaMitra.Testing;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Forms;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Metadata;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// A conversation over the webhook, on a frontend hosting a silo on real PostgreSQL, seen from the database: what the
/// citizen typed and who they are is in the conversation's state, and none of it is in a stored row or a row's key;
/// after "delete my data", not even in the decrypted states, but for the certificate's registry minimum (#18).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConversationAtRestTests(PostgresServer server) : IAsyncLifetime
{
    private const string Citizen = "919912345678";
    private const string TypedServiceNumber = "55512340987";
    private const string TypedMobile = "9876501234";
    private const string Name = "Kondapalli Lakshmi";
    private const string Village = "Gollapudi";
    private const string Survey = "112/3";

    private PostgresChat? _chat;
    private Dictionary<string, string>? _grainTypes;

    private PostgresChat Chat => _chat!;

    public async Task InitializeAsync() => _chat = await PostgresChat.StartAsync(server, Citizen);

    public async Task DisposeAsync()
    {
        if (_chat is not null)
        {
            await _chat.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_stored_conversation_holds_neither_the_citizens_number_nor_what_they_typed_in_clear()
    {
        await LinkingMobileAsync("at-rest");

        var (grainId, payload) = Assert.Single(await RowsAsync("SELECT grain_id, payload FROM grain_state WHERE state_name = 'citizen-chat'"));
        using var cipher = new StateCipher(TestSecrets.StateKeys);
        var state = cipher.Decrypt(payload, new StateRow("manamitra", grainId, "citizen-chat"));
        // The state does hold them (so the checks below could fail): the form's answers, the address replies go to.
        Assert.True(Contains(state, TypedServiceNumber) && Contains(state, TypedMobile) && Contains(state, Citizen), "the conversation's state lacks what it was told");
        // Consent is on record, with the version of the notice agreed to.
        Assert.True(Contains(state, TestConversations.NoticeVersion), "the conversation's state lacks the consent's notice version");
        Assert.Equal(StateCipher.Marker, payload[0]);
        Assert.False(Contains(payload, Citizen), "the stored row holds the citizen's number in clear");
        Assert.False(Contains(payload, TypedServiceNumber), "the stored row holds a typed answer in clear");
        Assert.False(Contains(payload, TypedMobile), "the stored row holds a typed mobile number in clear");
        Assert.Equal($"citizenchat/{TestSecrets.CitizenKeys.Of(Citizen)}", grainId);
    }

    [Fact]
    public async Task No_row_of_the_database_is_keyed_by_the_citizens_number_nor_holds_it_in_clear()
    {
        await LinkingMobileAsync("keys");
        // Submitted: an application (and its department's queue) is stored under the conversation's key too.
        await Chat.SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.keys.6", "form:confirm"));

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

    [Fact]
    public async Task After_delete_my_data_no_stored_state_holds_the_citizen_and_their_certificate_keeps_its_registry_minimum()
    {
        await Chat.SaysAsync(MetaWebhooks.Text(Citizen, "wamid.erase.1", "hi"));
        await Chat.SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.erase.2", "lang:en"));
        await Chat.SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.erase.3", TestConversations.AgreeAndApply("occupancy-rights-certificate")));
        var typed = new[] { FormSamples.ValidAadhaar, Name, Village, Survey, TypedMobile };
        for (var i = 0; i < typed.Length; i++)
        {
            await Chat.SaysAsync(MetaWebhooks.Text(Citizen, $"wamid.erase.typed.{i}", typed[i]));
        }

        var submitted = await Chat.SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.erase.4", FormIds.Confirm));
        var reference = await Eventually.Until(async () => Regex.Match(await Chat.SentSinceAsync(submitted), @"REV-OCC-\d{4}-\d{6}").Value, r => r.Length > 0);
        var application = Chat.Grains.GetGrain<IApplicationGrain>(reference);
        Assert.Equal(DecisionResult.Done, await application.Decide(new OfficerDecision(Verdict.Approved, "Checked.", "tahsildar.vijayawada")));
        var documentId = (await application.View())!.DocumentId!;
        var masked = $"XXXX XXXX {FormSamples.ValidAadhaar[^4..]}";
        string[] personal = [Citizen, Name, Village, Survey, TypedMobile, FormSamples.ValidAadhaar, masked];
        // Before: the states do hold them, so the check after could fail.
        Assert.Contains(Name, await HoldingAsync(personal), StringComparison.Ordinal);

        await Chat.SaysAsync(MetaWebhooks.Text(Citizen, "wamid.erase.5", "delete my data"));
        var erasing = await Chat.SaysAsync(MetaWebhooks.Choice(Citizen, "wamid.erase.6", ChoiceIds.EraseConfirmed));

        await Eventually.Until(() => Chat.SentSinceAsync(erasing), sent => sent.Contains(JsonText(ShippedLanguages.Texts.Privacy.Erased.En), StringComparison.Ordinal));
        // Once the conversation settles (its sent replies' bodies dropped), nothing stored names the citizen.
        await Eventually.Until(() => HoldingAsync(personal), holding => holding.Length == 0);
        var certificate = (await StatesAsync()).Single(state => state.Row.GrainId == $"certificate/{documentId}");
        Assert.Contains(documentId, Decrypted(certificate), StringComparison.Ordinal);
        // And a new "Hi" is a first contact.
        var again = await Chat.SaysAsync(MetaWebhooks.Text(Citizen, "wamid.erase.7", "hi"));
        await Eventually.Until(() => Chat.SentSinceAsync(again), sent => sent.Contains("choose your language", StringComparison.Ordinal));
    }

    /// <summary>The citizen agrees and answers the mobile-linking form's two questions (not yet confirmed).</summary>
    private async Task LinkingMobileAsync(string wamidPrefix)
    {
        await Chat.SaysAsync(MetaWebhooks.Text(Citizen, $"wamid.{wamidPrefix}.1", "hi"));
        await Chat.SaysAsync(MetaWebhooks.Choice(Citizen, $"wamid.{wamidPrefix}.2", "lang:en"));
        await Chat.SaysAsync(MetaWebhooks.Choice(Citizen, $"wamid.{wamidPrefix}.3", TestConversations.AgreeAndApply("link-mobile-to-service")));
        await Chat.SaysAsync(MetaWebhooks.Text(Citizen, $"wamid.{wamidPrefix}.4", TypedServiceNumber));
        await Chat.SaysAsync(MetaWebhooks.Text(Citizen, $"wamid.{wamidPrefix}.5", TypedMobile));
    }

    /// <summary>Which of <paramref name="values"/> each stored state holds, decrypted, as "grain: value" lines.</summary>
    private async Task<string> HoldingAsync(IReadOnlyList<string> values) => string.Join("\n",
        from row in await StatesAsync()
        let state = Decrypted(row)
        from value in values
        where state.Contains(value, StringComparison.Ordinal)
        select $"{row.Row.GrainId}: {value}");

    /// <summary>
    /// Every stored grain state with the row identity the cipher authenticates: the conversations' rows name it; Orleans'
    /// rows name the state and the key, and the grain's type is that of the class holding that state name.
    /// </summary>
    private async Task<List<(StateRow Row, byte[] Payload)>> StatesAsync()
    {
        var grainTypes = GrainTypes();
        // A cleared state (an erased index) keeps its row without a payload: nothing to decrypt.
        var conversations = await RowsAsync("SELECT state_name || '|' || grain_id, payload FROM grain_state WHERE payload IS NOT NULL");
        var others = await RowsAsync("SELECT GrainTypeString || '|' || GrainIdExtensionString, PayloadBinary FROM OrleansStorage WHERE PayloadBinary IS NOT NULL");
        return
        [
            .. conversations.Select(row => row.Key.Split('|', 2) is [var state, var grain] ? (new StateRow("manamitra", grain, state), row.Payload) : throw new InvalidOperationException(row.Key)),
            .. others.Select(row => row.Key.Split('|', 2) is [var state, var key] ? (new StateRow("manamitra", $"{grainTypes[state]}/{key}", state), row.Payload) : throw new InvalidOperationException(row.Key)),
        ];
    }

    /// <summary>Each grain class's state name and grain type, read once: the erasure test polls the states.</summary>
    private Dictionary<string, string> GrainTypes()
    {
        var resolver = Chat.Frontend.Services.GetRequiredService<GrainTypeResolver>();
        return _grainTypes ??= (
            from type in typeof(CertificateGrain).Assembly.GetTypes()
            let field = type.GetField(nameof(CertificateGrain.StateName), BindingFlags.Public | BindingFlags.Static)
            where field is { IsLiteral: true } && typeof(Grain).IsAssignableFrom(type)
            select ((string)field.GetRawConstantValue()!, resolver.GetGrainType(type).ToString())).ToDictionary();
    }

    private static string Decrypted((StateRow Row, byte[] Payload) state)
    {
        using var cipher = new StateCipher(TestSecrets.StateKeys);
        return Encoding.UTF8.GetString(cipher.Decrypt(state.Payload, state.Row));
    }

    // As a reply's JSON carries a text: an apostrophe is escaped there.
    private static string JsonText(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];

    private static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>Each row's key and bytes (a missing payload as none).</summary>
    private async Task<List<(string Key, byte[] Payload)>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Chat.ConnectionString);
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
