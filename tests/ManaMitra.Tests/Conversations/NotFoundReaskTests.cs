using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;

namespace ManaMitra.Tests.Conversations;

/// <summary>A number the department does not know asks that question again; the form is not thrown away.</summary>
[Collection(ChatClusterCollection.Name)]
public sealed class NotFoundReaskTests(ChatCluster cluster)
{
    private static readonly DepartmentText DepartmentText = ShippedLanguages.Texts.Departments;
    private static readonly FormText FormText = ShippedLanguages.Texts.Forms;

    // Eight digits whose check digit is wrong: the sandbox billing system knows no such account.
    private const string WrongNumber = "12345670";

    [Fact]
    public async Task A_wrong_bill_number_is_asked_again_with_the_reason_and_the_retyped_number_pays()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));
        await citizen.Taps(TestConversations.AgreeAndApply("electricity-bill"));
        await citizen.Says(WrongNumber);

        var reasked = await citizen.Taps(FormIds.Confirm);

        var text = string.Join("\n", reasked.Texts);
        Assert.Contains(DepartmentText.AccountNotFound.Fill(WrongNumber).En, text, StringComparison.Ordinal);
        Assert.Contains(Catalog.FindService("electricity-bill")!.Value.Service.Inputs[0].Prompt.En, text, StringComparison.Ordinal);

        // The retyped number answers the question: the summary returns, no search results.
        var summary = await citizen.Says(SampleAnswers.Account);
        Assert.Contains(SampleAnswers.Account, Replies.TextOf(summary.Last), StringComparison.Ordinal);
        Assert.Contains(FormIds.Confirm, summary.Buttons.Select(b => b.Id));

        var paying = await citizen.Taps(FormIds.Confirm);
        Assert.Contains(SampleAnswers.Account, string.Join("\n", paying.Texts), StringComparison.Ordinal);
        Assert.DoesNotContain(DepartmentText.AccountNotFound.Fill(SampleAnswers.Account).En, string.Join("\n", paying.Texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_service_answers_the_next_message_is_for_the_menus()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));
        await citizen.Taps(TestConversations.AgreeAndApply("electricity-bill"));
        await citizen.Says(SampleAnswers.Account);
        await citizen.Taps(FormIds.Confirm);

        var menu = await citizen.Says("0");

        Assert.Equal(ShippedLanguages.Texts.Ui.MainMenuBody.En, Replies.TextOf(menu.Last));
    }

    [Theory]
    [InlineData("ration-transactions", "ration-card-number")]
    [InlineData("electricity-bill", "service-number")]
    public async Task A_record_lookup_that_finds_nothing_names_the_question_to_ask_again(string serviceId, string inputId)
    {
        var (department, service) = Catalog.FindService(serviceId)!.Value;
        var answers = SampleAnswers.For(service, "919700000090");
        answers[inputId] = WrongNumber;

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, "919700000090", answers: answers));

        Assert.Equal(OutcomeStatus.Declined, outcome.Status);
        Assert.Equal(inputId, outcome.ReaskInput);
    }

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
}
