using System.Text;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Departments.Sandbox;
using ManaMitra.Testing;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Forms;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Persistence;

namespace ManaMitra.Tests.Cluster;

/// <summary>
/// The DPDP check an auditor would make (#18): after citizens in both languages applied with their Aadhaar and mobile,
/// raised a grievance with a photo and opened a payment, on the production topology, neither a <c>pg_dump</c> of the
/// database nor any process's log holds a phone number, an Aadhaar number, a name or a typed answer in clear — as text,
/// or as the UTF-8 bytes a serialized state would carry (a dump shows <c>bytea</c> as hex).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PersonalDataAtRestTests(PostgresServer server)
{
    private const string Applicant = "919000000091";
    private const string Complainant = "919000000092";
    private const string Name = "Kondapalli Lakshmi";
    private const string Mobile = "9876543210";
    private const string Typed = "Lamp dark beside Venkata Ramana temple";
    private const string PhotoId = "1003383421387299";

    private int _sent;

    [Fact]
    public async Task A_dump_of_the_database_and_the_logs_hold_no_personal_data_in_clear()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var cluster = await LocalCluster.CreateAsync(connectionString);
        Assert.Equal(0, (await cluster.MigrateAsync()).ExitCode);
        await cluster.StartFrontendAsync(hostsSilo: true);
        cluster.Cloud.Media.Add(PhotoId, [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8], "image/jpeg");

        await Says(cluster, MetaWebhooks.Text(Applicant, Next(), "హాయ్"));
        await Says(cluster, MetaWebhooks.Choice(Applicant, Next(), ChoiceIds.ForLanguage("te")));
        await Says(cluster, MetaWebhooks.Choice(Applicant, Next(), TestConversations.AgreeAndApply("income-certificate")));
        await Says(cluster, MetaWebhooks.Text(Applicant, Next(), FormSamples.ValidAadhaar));
        await Says(cluster, MetaWebhooks.Text(Applicant, Next(), Name));
        await Says(cluster, MetaWebhooks.Text(Applicant, Next(), "1,20,000"));
        await Says(cluster, MetaWebhooks.Choice(Applicant, Next(), FormIds.Pick("purpose", "education")));
        await Says(cluster, MetaWebhooks.Text(Applicant, Next(), Mobile));
        await Says(cluster, MetaWebhooks.Choice(Applicant, Next(), FormIds.Confirm));

        await Says(cluster, MetaWebhooks.Text(Complainant, Next(), "Hi"));
        await Says(cluster, MetaWebhooks.Choice(Complainant, Next(), ChoiceIds.ForLanguage("en")));
        await Says(cluster, MetaWebhooks.Choice(Complainant, Next(), TestConversations.AgreeAndApply("streetlight-complaint")));
        await Says(cluster, MetaWebhooks.Choice(Complainant, Next(), FormIds.Pick("issue", "not-working")));
        await Says(cluster, MetaWebhooks.Text(Complainant, Next(), Typed));
        await Says(cluster, MetaWebhooks.Location(Complainant, Next(), 16.5178, 80.6197));
        await Says(cluster, MetaWebhooks.Photo(Complainant, Next(), PhotoId));
        await Says(cluster, MetaWebhooks.Choice(Complainant, Next(), FormIds.Confirm));
        await Says(cluster, MetaWebhooks.Choice(Complainant, Next(), TestConversations.AgreeAndApply("electricity-bill")));
        await Says(cluster, MetaWebhooks.Text(Complainant, Next(), SandboxSeed.WithCheckDigit("11223344556")));
        await Says(cluster, MetaWebhooks.Choice(Complainant, Next(), FormIds.Confirm));

        // What was said reached the records: the application, the grievance with its photo and the payment exist.
        await Eventually.Until(
            () => Task.FromResult(string.Join("\n", cluster.Cloud.Delivered.Select(r => r.Body))),
            sent => sent.Contains("REV-INC-", StringComparison.Ordinal) && sent.Contains("GRV-", StringComparison.Ordinal)
                && sent.Contains("ENE-PAY-", StringComparison.Ordinal));
        Assert.Contains(PhotoId, cluster.Cloud.Media.Downloads);

        var dump = await server.DumpAsync(connectionString);
        var logs = cluster.Logs();
        Assert.All([Applicant, Complainant, Mobile, FormSamples.ValidAadhaar, Name, Typed], secret =>
        {
            Assert.DoesNotContain(secret, dump, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(secret)), dump, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        });
    }

    // As Meta delivers: again after a 5xx (a cluster just started on a busy machine may shed the first ones), in order.
    private static Task Says(LocalCluster cluster, string webhook) => cluster.DeliverAsync(webhook, TimeSpan.FromSeconds(60));

    private string Next() => $"wamid.at-rest.{++_sent}";
}
