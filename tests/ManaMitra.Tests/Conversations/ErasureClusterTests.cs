using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Ledger;
using ManaMitra.Persistence.Ledger;
using ManaMitra.Tests.Catalog;
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
        var erased = await citizen.Taps(ChoiceIds.EraseConfirmed);
        var hello = await citizen.Says("hi");

        Assert.Equal(ShippedLanguages.Texts.Privacy.Erased.En, Replies.TextOf(erased.Last));
        Assert.Contains("choose your language", Replies.TextOf(hello.Last), StringComparison.Ordinal);
        var store = cluster.Cluster.GetSiloServiceProvider(cluster.Cluster.Silos[0].SiloAddress).GetRequiredService<ILedgerStore>();
        var subject = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Id)));
        var entry = await store.LatestAsync(LedgerFacts.CitizenErased, subject);
        Assert.NotNull(entry);
        Assert.Equal("""{"documents":0,"records":0}""", entry.Body);
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
}
