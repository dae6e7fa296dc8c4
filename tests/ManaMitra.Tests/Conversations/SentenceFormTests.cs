using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Forms;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.Conversations;

/// <summary>A typed sentence that names a service and gives its answers opens that service's form with them (#17).</summary>
public sealed class SentenceFormTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private readonly Conversation _conversation = TestConversations.On(Catalog);

    [Fact]
    public void A_bill_and_its_number_open_the_bill_at_its_summary()
    {
        var session = Session(ShippedLanguages.English);

        var turn = _conversation.Handle(session, FormSamples.Text("pay current bill 112233445566"));

        Assert.Equal("electricity-bill", session.Form?.ServiceId);
        Assert.Equal(FormPhase.Confirming, session.Form!.Phase);
        Assert.Contains("112233445566", Body(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void A_journey_in_telugu_asks_only_what_is_missing_and_back_leads_to_the_service()
    {
        var session = Session(ShippedLanguages.Telugu);

        var turn = _conversation.Handle(session, FormSamples.Text("విజయవాడ నుండి తిరుపతికి బస్సు టికెట్ రేపు"));

        Assert.Equal("bus-ticket", session.Form?.ServiceId);
        Assert.Equal(3, session.Form!.Index);
        Assert.Contains("మీ సందేశం నుండి", Body(turn), StringComparison.Ordinal);
        _conversation.Handle(session, FormSamples.Text("back"));
        _conversation.Handle(session, FormSamples.Text("back"));
        _conversation.Handle(session, FormSamples.Text("back"));
        _conversation.Handle(session, FormSamples.Text("back"));
        Assert.Null(session.Form);
        Assert.Equal(new Step(StepKind.Service, "bus-ticket"), session.Current);
    }

    [Fact]
    public void Results_and_a_hall_ticket_number_open_the_results_with_it()
    {
        var session = Session(ShippedLanguages.English);

        _conversation.Handle(session, FormSamples.Text("inter results 2512345678"));

        Assert.Equal("inter-results", session.Form?.ServiceId);
        Assert.Equal("2512345678", session.Form!.Answers["hall-ticket"].Value);
    }

    [Theory]
    [InlineData("bus ticket", StepKind.SearchResults)]
    [InlineData("xyzzy blorp", StepKind.SearchResults)]
    // Several hall-ticket services match about equally; the one that asks some reference number is no better guess.
    [InlineData("hall ticket 2512345678", StepKind.SearchResults)]
    // "Old age" names a choice of the new-pension form, but the words fit the pension services about equally.
    [InlineData("my grandmother's old age pension did not come this month", StepKind.SearchResults)]
    public void Words_without_answers_still_search(string typed, StepKind shown)
    {
        var session = Session(ShippedLanguages.English);

        _conversation.Handle(session, FormSamples.Text(typed));

        Assert.Null(session.Form);
        Assert.Equal(shown, session.Current.Kind);
    }

    private static ChatSession Session(string language) => TestConversations.Consented(Catalog, language);

    private static string Body(Turn turn) => string.Join('\n', turn.Replies.Select(FormSamples.BodyOf));
}
