using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Testing;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using Npgsql;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// #18's retention on the production storage: with applications kept two seconds and a sweep each second, a decided
/// application is erased whole — its row, its line in the department's queue and in its citizen's index — while the
/// certificate it issued stays in the registry and an application still waiting for an official stays as it is.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecordRetentionOnPostgresTests(PostgresServer server)
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public async Task A_decided_application_past_its_retention_is_erased_whole_and_a_pending_one_stays()
    {
        await using var chat = await PostgresChat.StartAsync(server, "919912300088", new Dictionary<string, string>
        {
            ["ManaMitra:Retention:Applications"] = "00:00:02",
            ["ManaMitra:Retention:Sweep"] = "00:00:01",
        });
        // The citizen has a conversation, where the decision is told.
        await chat.SaysAsync(MetaWebhooks.Text(chat.Citizen, "wamid.retention.1", "hi"));
        var citizenId = TestSecrets.CitizenKeys.Of(chat.Citizen);
        var pending = await SubmitAsync(chat, citizenId);
        var decided = await SubmitAsync(chat, citizenId);
        var application = chat.Grains.GetGrain<IApplicationGrain>(decided);
        Assert.Equal(DecisionResult.Done, await application.Decide(new OfficerDecision(Verdict.Approved, "Checked.", "tahsildar.vijayawada")));

        await Eventually.Until(application.View, view => view is null);

        Assert.True(await ClearedAsync(chat, decided), "the decided application's row still holds its state");
        Assert.NotNull(await chat.Grains.GetGrain<IApplicationGrain>(pending).View());
        Assert.False(await ClearedAsync(chat, pending), "the pending application's row was cleared");
        // The registry keeps the certificate: a printed copy still verifies.
        Assert.NotNull(await chat.Grains.GetGrain<ICertificateGrain>(decided).Get());
        var queue = await chat.Grains.GetGrain<IDepartmentApplicationsGrain>("revenue").List(ApplicationFilter.All);
        Assert.DoesNotContain(queue, line => line.Reference == decided);
        Assert.Contains(queue, line => line.Reference == pending);
        Assert.Equal([pending], await chat.Grains.GetGrain<ICitizenRecordsGrain>(citizenId).All());
    }

    private static async Task<string> SubmitAsync(PostgresChat chat, string citizenId)
    {
        var (department, service) = Catalog.FindService("occupancy-rights-certificate")!.Value;
        var outcome = await chat.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, citizenId));
        Assert.Equal(OutcomeStatus.Submitted, outcome.Status);
        return outcome.Reference!;
    }

    /// <summary>Whether the application's row is there with no state in it.</summary>
    private static async Task<bool> ClearedAsync(PostgresChat chat, string reference)
    {
        await using var connection = new NpgsqlConnection(chat.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT PayloadBinary IS NULL FROM OrleansStorage WHERE GrainTypeString = 'application' AND GrainIdExtensionString = @reference", connection);
        command.Parameters.AddWithValue("reference", reference);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
