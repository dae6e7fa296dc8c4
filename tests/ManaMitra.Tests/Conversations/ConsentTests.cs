using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Forms;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Conversations;

/// <summary>Consent on record before any service beyond browsing, versioned, withdrawn with one message (#18).</summary>
public sealed class ConsentTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly string Version = new ConsentNotice(Catalog.Texts, new ChatOptions()).Version;
    private readonly Conversation _conversation = TestConversations.On(Catalog);

    [Fact]
    public void Starting_a_service_shows_the_itemized_notice_and_starts_nothing()
    {
        var session = Browsing(ShippedLanguages.English);

        var turn = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));

        Assert.Null(session.Form);
        Assert.Empty(session.Consents);
        var notice = Assert.IsType<TextReply>(turn.Replies[0]).Body;
        Assert.Contains("What we collect", notice, StringComparison.Ordinal);
        Assert.Contains("180 days", notice, StringComparison.Ordinal);
        Assert.Contains("WITHDRAW CONSENT", notice, StringComparison.Ordinal);
        Assert.Contains("Data Protection Board", notice, StringComparison.Ordinal);
        var question = Assert.IsType<ButtonsReply>(turn.Replies[1]);
        Assert.Equal([ChoiceIds.Agree(Version, "income-certificate"), ChoiceIds.MainMenu], question.Buttons.Select(b => b.Id));
    }

    [Fact]
    public void Agreeing_records_version_language_and_time_and_opens_the_form()
    {
        var session = Browsing(ShippedLanguages.Telugu);
        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));

        var turn = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Agree(Version, "income-certificate")));

        var given = Assert.Single(session.Consents);
        Assert.Equal(new ConsentEvent(ConsentAction.Given, Version, ShippedLanguages.Telugu, FormSamples.Now), given);
        Assert.Equal("income-certificate", session.Form?.ServiceId);
        Assert.Contains(Version, FormSamples.BodyOf(turn.Replies[0]), StringComparison.Ordinal);
        Assert.Contains("15-06-2025", FormSamples.BodyOf(turn.Replies[0]), StringComparison.Ordinal);
        // "Back" from the first question leads to the service's page, not to the notice.
        _conversation.Handle(session, FormSamples.Text("back"));
        Assert.Null(session.Form);
        Assert.Equal(new Step(StepKind.Service, "income-certificate"), session.Current);
    }

    [Fact]
    public void Browsing_and_information_need_no_consent()
    {
        var session = Browsing(ShippedLanguages.English);

        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Department("revenue")));
        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Service("income-certificate")));
        var information = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("revenue-offices")));

        Assert.Equal("revenue-offices", session.Form?.ServiceId);
        Assert.DoesNotContain(information.Replies, r => r is ButtonsReply b && b.Buttons.Any(button => ChoiceIds.AgreeOf(button.Id) is not null));
    }

    [Fact]
    public void A_new_notice_asks_again_and_an_old_agree_button_records_nothing()
    {
        var longer = new ChatOptions { Retention = TimeSpan.FromDays(365) };
        var renewed = TestConversations.On(Catalog, longer);
        var newVersion = new ConsentNotice(Catalog.Texts, longer).Version;
        Assert.NotEqual(Version, newVersion);
        var session = TestConversations.Consented(Catalog, ShippedLanguages.English);

        var asked = renewed.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));
        Assert.Contains("365 days", FormSamples.BodyOf(asked.Replies[0]), StringComparison.Ordinal);
        var stale = renewed.Handle(session, FormSamples.Tap(ChoiceIds.Agree(Version, "income-certificate")));

        Assert.Single(session.Consents);
        Assert.Null(session.Form);
        Assert.StartsWith("Our notice has changed", FormSamples.BodyOf(stale.Replies[0]), StringComparison.Ordinal);
        renewed.Handle(session, FormSamples.Tap(ChoiceIds.Agree(newVersion, "income-certificate")));
        Assert.Equal(newVersion, session.Consents[^1].Version);
        Assert.Equal("income-certificate", session.Form?.ServiceId);
    }

    [Theory]
    [InlineData("withdraw consent")]
    [InlineData("సమ్మతి ఉపసంహరణ")]
    public void Withdrawing_anywhere_discards_the_form_and_the_next_service_asks_again(string words)
    {
        var session = TestConversations.Consented(Catalog, ShippedLanguages.English);
        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));
        _conversation.Handle(session, FormSamples.Text(FormSamples.ValidAadhaar));
        Assert.NotNull(session.Form);

        var turn = _conversation.Handle(session, FormSamples.Text(words));

        Assert.Null(session.Form);
        Assert.Equal(ConsentAction.Withdrawn, session.Consents[^1].Action);
        Assert.StartsWith("Your consent is withdrawn", FormSamples.BodyOf(turn.Replies[0]), StringComparison.Ordinal);
        var again = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));
        Assert.Null(session.Form);
        Assert.Contains(again.Replies, r => r is ButtonsReply b && b.Buttons[0].Id == ChoiceIds.Agree(Version, "income-certificate"));
    }

    [Fact]
    public void Withdrawing_without_consent_says_there_is_none()
    {
        var session = Browsing(ShippedLanguages.English);

        var turn = _conversation.Handle(session, FormSamples.Text("withdraw consent"));

        Assert.Empty(session.Consents);
        Assert.StartsWith("You have not given your consent", FormSamples.BodyOf(turn.Replies[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_would_open_a_form_only_finds_its_service_until_the_citizen_agrees()
    {
        var session = Browsing(ShippedLanguages.English);

        var turn = _conversation.Handle(session, FormSamples.Text("pay current bill 112233445566"));

        Assert.Null(session.Form);
        Assert.Equal(StepKind.SearchResults, session.Current.Kind);
        var results = Assert.IsType<ListReply>(Assert.Single(turn.Replies));
        Assert.Contains(results.Sections.SelectMany(s => s.Rows), r => r.Id == ChoiceIds.Service("electricity-bill"));
    }

    [Fact]
    public void The_notice_is_in_the_citizens_language()
    {
        var session = Browsing(ShippedLanguages.Telugu);

        var turn = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));

        Assert.Equal(Catalog.Texts.Privacy.Notice.Format(ShippedLanguages.Telugu, 180), FormSamples.BodyOf(turn.Replies[0]));
        Assert.Equal(Catalog.Texts.Privacy.Agree.Te, Assert.IsType<ButtonsReply>(turn.Replies[1]).Buttons[0].Title);
    }

    private static ChatSession Browsing(string language) => new() { Language = language, Current = Step.MainMenu, LastActivity = FormSamples.Now };
}
