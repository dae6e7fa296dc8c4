using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Forms;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// A search the citizen typed is counted once, by the state machine that answers it; its words leave only when it
/// found nothing, and masked. A results screen drawn again (a stale tap, an empty message, "back") is no search.
/// </summary>
public sealed class SearchedEffectTests
{
    private const string NoSuchService = "xyzzy blorp";

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private readonly Conversation _conversation = TestConversations.On(Catalog);
    private readonly ChatSession _session = TestConversations.Consented(Catalog, ShippedLanguages.English);

    [Fact]
    public void A_typed_search_that_finds_nothing_is_counted_once_with_its_words_masked()
    {
        var turn = _conversation.Handle(_session, FormSamples.Text($"{NoSuchService} 98765 43210"));

        var searched = Assert.IsType<Searched>(Assert.Single(turn.Effects));
        Assert.Equal($"{NoSuchService} #", searched.Unmatched);
        Assert.Equal(StepKind.SearchResults, _session.Current.Kind);
    }

    [Fact]
    public void A_search_that_finds_services_is_counted_without_its_words()
    {
        var turn = _conversation.Handle(_session, FormSamples.Text("bus ticket"));

        Assert.Equal(new Searched(null), Assert.Single(turn.Effects));
    }

    [Fact]
    public void A_sentence_that_opens_a_form_is_a_search_that_found_its_service()
    {
        var turn = _conversation.Handle(_session, FormSamples.Text("pay current bill 112233445566"));

        Assert.Equal("electricity-bill", _session.Form?.ServiceId);
        Assert.Equal(new Searched(null), Assert.Single(turn.Effects));
    }

    [Fact]
    public void The_no_results_screen_drawn_again_is_not_counted_again()
    {
        _conversation.Handle(_session, FormSamples.Text(NoSuchService));
        var results = _session.Current;

        var staleTap = _conversation.Handle(_session, FormSamples.Tap("svc:no-longer-in-the-catalog"));
        var emptyMessage = _conversation.Handle(_session, FormSamples.Text("   "));

        Assert.Equal(results, _session.Current);
        Assert.Empty(staleTap.Effects);
        Assert.Empty(emptyMessage.Effects);
    }

    [Fact]
    public void Back_to_a_search_s_results_is_not_counted_again()
    {
        _conversation.Handle(_session, FormSamples.Text("bus ticket"));
        var results = _session.Current;
        _conversation.Handle(_session, FormSamples.Tap(ChoiceIds.Service("bus-ticket")));

        var back = _conversation.Handle(_session, FormSamples.Text("back"));

        Assert.Equal(results, _session.Current);
        Assert.Empty(back.Effects);
    }

    [Fact]
    public void Choosing_from_menus_and_typing_a_reference_are_no_searches()
    {
        Assert.Empty(_conversation.Handle(_session, FormSamples.Tap(ChoiceIds.Departments)).Effects);
        Assert.Empty(_conversation.Handle(_session, FormSamples.Text("1")).Effects);
        Assert.IsType<ShowApplication>(Assert.Single(_conversation.Handle(_session, FormSamples.Text("REV-INC-2026-000001")).Effects));
    }
}
