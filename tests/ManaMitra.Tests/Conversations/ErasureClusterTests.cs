using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Documents;
using ManaMitra.Grains.Ledger;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Languages;
using ManaMitra.Persistence.Ledger;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Conversations;

/// <summary>"Delete my data" through the citizen's grain: the conversation starts afresh and the erasure is on record (#18).</summary>
[Collection(ChatClusterCollection.Name)]
public sealed class ErasureClusterTests(ChatCluster cluster)
{
    [Fact]
    public async Task A_confirmed_erasure_is_in_the_ledger_and_the_next_hi_is_a_first_contact()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));
        await citizen.Taps(TestConversations.AgreeAndApply("income-certificate"));

        await citizen.Says("delete my data");
        var before = await citizen.Grain.Outbox();
        var erased = await citizen.Taps(ChoiceIds.EraseConfirmed);
        var after = await citizen.Grain.Outbox();
        var hello = await citizen.Says("hi");

        Assert.Equal(ShippedLanguages.Texts.Privacy.Erased.En, Replies.TextOf(erased.Last));
        // The outbox's history went with the conversation: only the erasure's own reply is left.
        Assert.NotEmpty(before);
        Assert.All(after, e => Assert.True(e.Sequence > before.Max(b => b.Sequence), $"entry {e.Sequence} from before the erasure kept"));
        Assert.Contains("choose your language", Replies.TextOf(hello.Last), StringComparison.Ordinal);
        var entry = await Ledger().LatestAsync(LedgerFacts.CitizenErased, Subject(citizen));
        Assert.NotNull(entry);
        Assert.Equal("""{"documents":0,"records":0}""", entry.Body);
    }

    [Fact]
    public async Task A_document_the_conversation_lists_keeps_only_its_registry_minimum_after_erasure()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));
        var document = SampleDocuments.Certificate($"REV-INC-2026-{Guid.NewGuid():N}");
        await citizen.Grain.Notify(Ready(document));
        await citizen.Drained();
        var certificate = cluster.Grains.GetGrain<ICertificateGrain>(document.Id);
        Assert.Equal(document.HolderName, (await certificate.Get())!.Document.HolderName);

        await citizen.Says("delete my data");
        await citizen.Taps(ChoiceIds.EraseConfirmed);

        var kept = (await certificate.Get())!;
        Assert.Equal("", kept.Document.HolderName);
        Assert.All(kept.Document.Fields, f => Assert.Equal("", f.Value));
        Assert.Equal(DocumentClaims.From(document).Digest(), kept.ClaimsDigest);
        var entry = await Ledger().LatestAsync(LedgerFacts.CitizenErased, Subject(citizen));
        Assert.Equal("""{"documents":1,"records":0}""", entry?.Body);

        // A department's later notice has nowhere to go: the address went with the rest.
        var before = await citizen.Grain.Outbox();
        await citizen.Grain.Notify(Ready(SampleDocuments.Certificate($"REV-INC-2026-{Guid.NewGuid():N}")));
        Assert.Equal(before.Select(e => e.Sequence), (await citizen.Grain.Outbox()).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Erasure_reaches_an_application_the_conversation_no_longer_lists()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));
        // Filed under the citizen's key but not through this conversation: as one of many, long out of its list.
        var reference = $"REV-OCC-2026-{Random.Shared.Next(100_000, 999_999)}";
        var application = cluster.Grains.GetGrain<IApplicationGrain>(reference);
        await application.Submit(new ApplicationSubmission
        {
            Reference = reference, DepartmentId = "revenue", ServiceId = "occupancy-rights-certificate", CitizenId = citizen.Id,
            LanguageCode = "en", ApplicantName = "Kondapalli Lakshmi", Answers = [], Fee = 0,
            SubmittedAt = DateTimeOffset.UtcNow, DueBy = DateTimeOffset.UtcNow.AddDays(7),
        });

        await citizen.Says("delete my data");
        await citizen.Taps(ChoiceIds.EraseConfirmed);

        Assert.Equal("", (await application.View())!.Submission.ApplicantName);
        Assert.Empty(await cluster.Grains.GetGrain<ICitizenRecordsGrain>(citizen.Id).All());
        var entry = await Ledger().LatestAsync(LedgerFacts.CitizenErased, Subject(citizen));
        Assert.Equal("""{"documents":0,"records":1}""", entry?.Body);
    }

    [Fact]
    public async Task A_conversation_past_its_retention_expires_and_a_recent_one_does_not()
    {
        var away = cluster.Citizen();
        away.Clock = DateTimeOffset.UtcNow - TimeSpan.FromDays(181);
        var recent = cluster.Citizen();
        foreach (var citizen in new[] { away, recent })
        {
            await citizen.Says("hi");
            await citizen.Taps(ChoiceIds.ForLanguage("en"));
        }

        await away.Grain.Expire();
        await recent.Grain.Expire();

        away.Clock = DateTimeOffset.UtcNow;
        Assert.Contains("choose your language", Replies.TextOf((await away.Says("menu")).Last), StringComparison.Ordinal);
        Assert.Equal(ShippedLanguages.Texts.Ui.MainMenuBody.En, Replies.TextOf((await recent.Says("menu")).Last));
    }

    private static ServiceOutcome Ready(IssuedDocument document) => new()
    {
        Status = OutcomeStatus.Completed,
        Message = LocalizedText.Of(("en", "Your certificate is ready."), ("te", "మీ ధృవీకరణ పత్రం సిద్ధంగా ఉంది.")),
        Document = document,
    };

    private ILedgerStore Ledger() => cluster.Cluster.GetSiloServiceProvider(cluster.Cluster.Silos[0].SiloAddress).GetRequiredService<ILedgerStore>();

    // As the ledger names an erased citizen: SHA-256 of their conversation's key.
    private static string Subject(Citizen citizen) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Id)));
}
