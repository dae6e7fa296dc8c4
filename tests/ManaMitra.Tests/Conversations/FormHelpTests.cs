using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Forms;

namespace ManaMitra.Tests.Conversations;

/// <summary>"Help" inside a form — typed, or the button offered after three wrong answers — keeps the form and its answers.</summary>
[Collection(ChatClusterCollection.Name)]
public sealed class FormHelpTests(ChatCluster cluster)
{
    private static readonly FormText FormText = ShippedLanguages.Texts.Forms;
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly Service IncomeCertificate = Catalog.FindService("income-certificate")!.Value.Service;

    [Fact]
    public async Task Help_after_three_wrong_answers_returns_to_the_question_and_the_next_answer_still_answers_it()
    {
        var citizen = await InTheForm("income-certificate");
        await citizen.Says("abc");
        await citizen.Says("abc");
        var offered = await citizen.Says("abc");

        var help = await citizen.Taps(ChoiceIds.Help);
        var next = await citizen.Says(FormSamples.ValidAadhaar);

        Assert.Contains(ChoiceIds.Help, offered.Buttons.Select(b => b.Id));
        var helpText = Replies.TextOf(help.Last);
        Assert.Contains(FormText.Help.Format(ShippedLanguages.English, IncomeCertificate.Name.En), helpText, StringComparison.Ordinal);
        Assert.Contains(IncomeCertificate.Inputs[0].Prompt.En, helpText, StringComparison.Ordinal);
        // The Aadhaar number answered the question: the form goes on to the name, no search results.
        Assert.Contains(IncomeCertificate.Inputs[1].Prompt.En, Replies.TextOf(next.Last), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("సహాయం")]
    public async Task Help_typed_at_the_summary_shows_the_summary_again_with_every_answer(string typed)
    {
        var citizen = await InTheForm("electricity-bill");
        await citizen.Says(SampleAnswers.Account);

        var help = await citizen.Says(typed);

        Assert.Contains(SampleAnswers.Account, Replies.TextOf(help.Last), StringComparison.Ordinal);
        Assert.Contains(FormIds.Confirm, help.Buttons.Select(b => b.Id));
    }

    private async Task<Citizen> InTheForm(string serviceId)
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));
        await citizen.Taps(TestConversations.AgreeAndApply(serviceId));
        return citizen;
    }
}
