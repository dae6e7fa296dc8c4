using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using static ManaMitra.Tests.Conversations.ThirdLanguageCluster;
using static ManaMitra.Tests.Forms.FormSamples;

namespace ManaMitra.Tests.Conversations;

/// <summary>A language added as files alone (see <see cref="ThirdLanguageCluster"/>) is offered, chosen and spoken.</summary>
public sealed class ThirdLanguageTests(ThirdLanguageCluster cluster) : IClassFixture<ThirdLanguageCluster>
{
    private const string HindiMenu = "मुख्य मेनू — आप क्या करना चाहेंगे?";

    [Fact]
    public async Task A_citizen_chooses_Hindi_browses_in_it_and_starts_a_service()
    {
        var citizen = cluster.Citizen();
        var revenue = cluster.Catalog.FindDepartment("revenue")!;

        var hello = await citizen.Says("नमस्ते");
        Assert.Equal([ChoiceIds.ForLanguage("te"), ChoiceIds.ForLanguage("en"), ChoiceIds.ForLanguage(Hindi)], hello.Buttons.Select(b => b.Id));
        Assert.Contains((ChoiceIds.ForLanguage(Hindi), "हिन्दी"), hello.Buttons);
        Assert.Contains("कृपया अपनी भाषा चुनें।", Replies.TextOf(hello.Last));
        Assert.Contains("Please choose your language.", Replies.TextOf(hello.Last));

        var menu = await citizen.Taps(ChoiceIds.ForLanguage(Hindi), "हिन्दी");
        Assert.StartsWith("हम आपके संदेशों का उपयोग", menu.Texts[0]);
        Assert.Equal(HindiMenu, Replies.TextOf(menu.Last));
        Assert.Contains((ChoiceIds.Departments, "विभाग"), menu.Rows);

        var services = await citizen.Taps(ChoiceIds.Department(revenue.Id));
        Assert.Equal($"राजस्व: एक सेवा चुनें (1/{Paging.PageCount(revenue.Services.Count)})।", Replies.TextOf(services.Last));
        Assert.Contains((ChoiceIds.Service("income-certificate"), "आय प्रमाण पत्र"), services.Rows);
        // A service not yet translated reads in the fallback language, English.
        var caste = revenue.Services.Single(s => s.Id == "caste-certificate");
        Assert.Contains((ChoiceIds.Service(caste.Id), caste.Name.In("en")), services.Rows);

        var page = await citizen.Taps(ChoiceIds.Service("income-certificate"));
        Assert.StartsWith("*आय प्रमाण पत्र*\nराजस्व\n\nछात्रवृत्ति के लिए परिवार की आय का प्रमाण", Replies.TextOf(page.Last));
        Assert.Contains("शुल्क: ₹45", Replies.TextOf(page.Last));
        Assert.Contains("• आधार नंबर", Replies.TextOf(page.Last));
        Assert.Contains((ChoiceIds.Apply("income-certificate"), "आवेदन करें"), page.Buttons);
        Assert.Contains((ChoiceIds.Back, "वापस"), page.Buttons);

        // The notice offered in Hindi is a notice of its own, so its version is not the shipped one's.
        var notice = await citizen.Taps(ChoiceIds.Apply("income-certificate"));
        var agree = Assert.Single(notice.Buttons, b => ChoiceIds.AgreeOf(b.Id) is not null);
        var form = await citizen.Taps(agree.Id);
        var question = Replies.TextOf(form.Last);
        Assert.StartsWith("*आय प्रमाण पत्र*\nमैं आपसे 5 प्रश्न पूछूँगा।", question);
        Assert.Contains("_प्रश्न 1/5_\nअपना 12 अंकों का आधार नंबर दर्ज करें।", question);

        var again = await citizen.Says("मेनू");
        Assert.Equal(HindiMenu, Replies.TextOf(again.Last));
    }

    [Theory]
    [InlineData("पचास हज़ार", "50000")]
    [InlineData("दो लाख पचास हज़ार रुपये", "250000")]
    [InlineData("एक करोड़", "10000000")]
    [InlineData("पाँच सौ", "500")]
    public void Hindi_amounts_in_words_are_read_from_its_file_alone(string typed, string value)
    {
        var amounts = new AmountValidator(cluster.Catalog.Texts.Forms, cluster.Catalog.Texts.Amounts);

        Assert.Equal(value, Assert.IsType<Accepted>(amounts.Check(Input(InputKind.Amount), Text(typed))).Value);
    }

    [Fact]
    public async Task Hindi_is_chosen_by_its_number_or_its_name_but_hi_stays_a_greeting()
    {
        var byNumber = cluster.Citizen();
        // "hi" is Hindi's code and every citizen's greeting: it asks for a language rather than choosing Hindi.
        Assert.Equal(3, (await byNumber.Says("hi")).Buttons.Count);
        Assert.Equal(HindiMenu, Replies.TextOf((await byNumber.Says("3")).Last));

        var byName = cluster.Citizen();
        await byName.Says("hi");
        Assert.Equal(HindiMenu, Replies.TextOf((await byName.Says("Hindi")).Last));

        // Asked again later ("language" in Hindi), the choice is confirmed in Hindi.
        await byName.Says("भाषा");
        Assert.Equal("भाषा हिन्दी कर दी गई है।", (await byName.Taps(ChoiceIds.ForLanguage(Hindi))).Texts[0]);
    }
}
