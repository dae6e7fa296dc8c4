using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Search;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.Conversations;

/// <summary>The state machine on its own, over a catalog big enough to page through.</summary>
public sealed class PagingTests
{
    private static readonly UiText UiText = ShippedLanguages.Texts.Ui;

    private static readonly ServiceCatalog Catalog = GeneratedCatalog.Create(departments: 25, servicesPerDepartment: 19);
    private readonly Conversation _conversation = TestConversations.On(Catalog);
    private readonly ChatSession _session = new() { Language = ShippedLanguages.English, Current = Step.MainMenu };
    private int _sent;

    [Theory]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(16, 2)]
    [InlineData(17, 3)]
    [InlineData(25, 4)]
    public void A_menu_of_up_to_ten_fits_one_page_and_longer_menus_page_by_eight(int items, int pages) =>
        Assert.Equal(pages, Paging.PageCount(items));

    [Fact]
    public void Departments_page_forward_to_the_end_and_back_to_the_start()
    {
        var first = Rows(Tap(ChoiceIds.Departments));
        Assert.Equal(Catalog.Departments.Take(8).Select(d => ChoiceIds.Department(d.Id)), first.Take(8));
        Assert.Equal(ChoiceIds.DepartmentsPage(1), first[^1]);
        Assert.Equal(9, first.Count);

        var seen = new List<string>(first.Take(8));
        var page = first;
        for (var p = 1; p < Paging.PageCount(Catalog.Departments.Count); p++)
        {
            page = Rows(Tap(ChoiceIds.DepartmentsPage(p)));
            Assert.Equal(ChoiceIds.DepartmentsPage(p - 1), page.First(r => r.StartsWith("depts:", StringComparison.Ordinal)));
            seen.AddRange(page.Where(r => r.StartsWith("dept:", StringComparison.Ordinal)));
            Assert.True(page.Count <= Paging.MaxRows);
        }

        Assert.DoesNotContain(ChoiceIds.DepartmentsPage(Paging.PageCount(Catalog.Departments.Count)), page);
        Assert.Equal(Catalog.Departments.Select(d => ChoiceIds.Department(d.Id)), seen);

        for (var p = Paging.PageCount(Catalog.Departments.Count) - 2; p >= 0; p--)
        {
            page = Rows(Tap(ChoiceIds.DepartmentsPage(p)));
        }

        Assert.Equal(first, page);
    }

    [Fact]
    public void Back_from_a_later_page_returns_to_the_screen_before_the_list()
    {
        Tap(ChoiceIds.Departments);
        Tap(ChoiceIds.DepartmentsPage(1));
        Tap(ChoiceIds.DepartmentsPage(2));
        var services = Rows(Tap(ChoiceIds.Department("dept-20")));
        Assert.Contains(ChoiceIds.Service("svc-20-1"), services);

        Tap(ChoiceIds.Department("dept-20", 1));
        var departments = Rows(Say("back"));

        Assert.Contains(ChoiceIds.Department("dept-20"), departments);
        var menu = Say("back");
        Assert.Equal(StepKind.MainMenu, _session.Current.Kind);
        Assert.IsType<ListReply>(menu[^1]);
    }

    [Fact]
    public void A_stale_page_number_shows_the_last_page_not_an_empty_list()
    {
        var rows = Rows(Tap(ChoiceIds.DepartmentsPage(99)));
        Assert.Contains(ChoiceIds.Department(Catalog.Departments[^1].Id), rows);
    }

    [Fact]
    public void A_row_for_a_department_that_no_longer_exists_says_so_and_stays_put()
    {
        Tap(ChoiceIds.Departments);
        var replies = Tap(ChoiceIds.Department("retired-department"));
        Assert.Equal(UiText.StaleChoice.En, ((TextReply)replies[0]).Body);
        Assert.Equal(StepKind.Departments, _session.Current.Kind);
    }

    private IReadOnlyList<Reply> Tap(string id) => _conversation.Handle(_session, Message(InboundKind.ListReply, id, null)).Replies;

    private IReadOnlyList<Reply> Say(string text) => _conversation.Handle(_session, Message(InboundKind.Text, null, text)).Replies;

    private InboundMessage Message(InboundKind kind, string? replyId, string? text) => new()
    {
        MessageId = $"m{++_sent}", CitizenId = "919999999999", ReplyTo = "919999999999", SentAt = DateTimeOffset.UnixEpoch.AddMinutes(_sent), Kind = kind, ReplyId = replyId, Text = text,
    };

    private static List<string> Rows(IReadOnlyList<Reply> replies) =>
        ((ListReply)replies[^1]).Sections.SelectMany(s => s.Rows).Select(r => r.Id).ToList();
}
