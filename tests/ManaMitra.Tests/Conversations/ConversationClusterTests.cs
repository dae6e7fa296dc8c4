using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Conversations;

/// <summary>Whole conversations against the real grain on an in-process cluster, with the shipped catalog.</summary>
[Collection(ChatClusterCollection.Name)]
public sealed class ConversationClusterTests(ChatCluster cluster)
{
    private static readonly UiText UiText = ShippedLanguages.Texts.Ui;

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public async Task First_contact_asks_for_a_language_in_both_and_Telugu_gives_a_Telugu_menu()
    {
        var citizen = cluster.Citizen();

        var hello = await citizen.Says("Hi");
        Assert.Equal("button", hello.InteractiveType);
        Assert.Equal([ChoiceIds.ForLanguage("te"), ChoiceIds.ForLanguage("en")], hello.Buttons.Select(b => b.Id));
        Assert.Contains("మీ భాషను ఎంచుకోండి", Replies.TextOf(hello.Last));
        Assert.Contains("choose your language", Replies.TextOf(hello.Last));

        var menu = await citizen.Taps(ChoiceIds.ForLanguage("te"), "తెలుగు");
        Assert.Equal(UiText.Privacy.Te, menu.Texts[0]);
        Assert.Equal(UiText.MainMenuBody.Te, Replies.TextOf(menu.Last));
        Assert.Contains((ChoiceIds.Departments, UiText.Departments.Te), menu.Rows);
        Assert.True(menu.HasReadReceipt);
    }

    [Fact]
    public async Task An_English_citizen_browses_to_a_service_and_back()
    {
        var citizen = await EnglishCitizen();
        var department = Catalog.Departments[0];
        var service = department.Services[0];

        var departments = await citizen.Taps(ChoiceIds.Departments);
        Assert.Contains((ChoiceIds.Department(department.Id), department.Name.En), departments.Rows);

        var services = await citizen.Taps(ChoiceIds.Department(department.Id));
        Assert.StartsWith(department.Name.En, Replies.TextOf(services.Last));
        Assert.Contains((ChoiceIds.Service(service.Id), service.Name.En), services.Rows);

        var detail = await citizen.Taps(ChoiceIds.Service(service.Id));
        Assert.Contains(service.Description.En, Replies.TextOf(detail.Last));
        Assert.Equal([ChoiceIds.Apply(service.Id), ChoiceIds.Back, ChoiceIds.MainMenu], detail.Buttons.Select(b => b.Id));

        var back = await citizen.Says("back");
        Assert.Contains((ChoiceIds.Service(service.Id), service.Name.En), back.Rows);
        var backAgain = await citizen.Taps(ChoiceIds.Back);
        Assert.Contains((ChoiceIds.Department(department.Id), department.Name.En), backAgain.Rows);

        var menu = await citizen.Says("0");
        Assert.Equal(UiText.MainMenuBody.En, Replies.TextOf(menu.Last));
    }

    [Fact]
    public async Task A_number_picks_that_row_of_the_list_on_screen()
    {
        var citizen = await EnglishCitizen();
        var departments = await citizen.Says("1");
        Assert.Equal(UiText.DepartmentsBody.Format(ShippedLanguages.English, 1, Paging.PageCount(Catalog.Departments.Count)), Replies.TextOf(departments.Last));
    }

    [Fact]
    public async Task A_redelivered_message_is_answered_once()
    {
        var citizen = cluster.Citizen();
        var message = new InboundMessage { MessageId = "wamid.dup.1", CitizenId = citizen.Id, ReplyTo = citizen.Id, SentAt = DateTimeOffset.UtcNow, Kind = InboundKind.Text, Text = "hi" };

        var first = await citizen.Send(message);
        Assert.Equal(ReceiveOutcome.Accepted, citizen.LastOutcome);
        var again = await citizen.Send(message);

        Assert.Equal(ReceiveOutcome.Duplicate, citizen.LastOutcome);
        Assert.Single(first.Messages);
        Assert.Empty(again.Bodies);
    }

    [Fact]
    public async Task Stop_silences_everything_until_start_but_a_short_note_once_a_day()
    {
        var citizen = await EnglishCitizen();

        var stopped = await citizen.Says("STOP");
        Assert.Equal([UiText.Stopped.En], stopped.Texts);

        var noted = await citizen.Says("hello");
        Assert.Equal([UiText.StillStopped.En], noted.Texts);
        var ignored = await citizen.Says("hi");
        Assert.Equal(ReceiveOutcome.OptedOut, citizen.LastOutcome);
        Assert.Empty(ignored.Bodies);
        citizen.Clock += TimeSpan.FromDays(1);
        Assert.Equal([UiText.StillStopped.En], (await citizen.Says("hello again")).Texts);

        var back = await citizen.Says("start");
        Assert.Equal(UiText.Restarted.En, back.Texts[0]);
        Assert.Equal(UiText.MainMenuBody.En, Replies.TextOf(back.Last));
    }

    [Fact]
    public async Task After_the_session_timeout_the_citizen_starts_again_from_the_main_menu_with_a_note()
    {
        var citizen = await EnglishCitizen();
        await citizen.Taps(ChoiceIds.Departments);
        await citizen.Taps(ChoiceIds.Department(Catalog.Departments[0].Id));

        citizen.Clock += ChatCluster.SessionTimeout + TimeSpan.FromMinutes(1);
        var replies = await citizen.Says("back");

        Assert.Equal(UiText.TimedOut.En, replies.Texts[0]);
        Assert.Equal(UiText.MainMenuBody.En, Replies.TextOf(replies.Last));
    }

    [Fact]
    public async Task Language_switches_from_anywhere_including_the_Telugu_word()
    {
        var citizen = await EnglishCitizen();
        var choice = await citizen.Says("భాష");
        Assert.Equal([ChoiceIds.ForLanguage("te"), ChoiceIds.ForLanguage("en")], choice.Buttons.Select(b => b.Id));

        var telugu = await citizen.Taps(ChoiceIds.ForLanguage("te"));
        Assert.Equal(UiText.LanguageSet.Te, telugu.Texts[0]);
        Assert.Equal(UiText.MainMenuBody.Te, Replies.TextOf(telugu.Last));
    }

    [Fact]
    public async Task Help_explains_the_commands_in_the_citizens_language()
    {
        var citizen = await EnglishCitizen();
        var help = await citizen.Says("help");
        Assert.Equal(UiText.HelpBody.En, Replies.TextOf(help.Last));
    }

    [Fact]
    public async Task Typing_what_one_needs_finds_the_service()
    {
        var citizen = await EnglishCitizen();
        var target = Catalog.Departments.SelectMany(d => d.Services).First();

        var results = await citizen.Says(target.Name.En);

        Assert.Equal(ChoiceIds.Service(target.Id), results.Rows[0].Id);
    }

    [Fact]
    public async Task A_photo_gets_a_polite_note_and_a_reaction_gets_nothing()
    {
        var citizen = await EnglishCitizen();
        var photo = await citizen.Send(new InboundMessage { MessageId = "wamid.photo." + citizen.Id, CitizenId = citizen.Id, ReplyTo = citizen.Id, SentAt = citizen.Clock, Kind = InboundKind.Image, MediaId = "123" });
        Assert.Equal([UiText.CannotRead.En], photo.Texts);

        var reaction = await citizen.Send(new InboundMessage { MessageId = "wamid.reaction." + citizen.Id, CitizenId = citizen.Id, ReplyTo = citizen.Id, SentAt = citizen.Clock, Kind = InboundKind.Reaction, Text = "👍" });
        Assert.Empty(reaction.Bodies);
    }

    [Fact]
    public async Task Conversation_and_outbox_survive_deactivation()
    {
        var citizen = await EnglishCitizen();
        var department = Catalog.Departments[0];
        await citizen.Taps(ChoiceIds.Departments);
        await citizen.Taps(ChoiceIds.Department(department.Id));
        var before = await citizen.Grain.Outbox();

        await cluster.Cluster.DeactivateAsync(citizen.Grain);
        var back = await citizen.Says("back");

        Assert.Contains((ChoiceIds.Department(department.Id), department.Name.En), back.Rows);
        var after = await citizen.Grain.Outbox();
        Assert.True(after.Count > 0 && after[^1].Sequence > before[^1].Sequence);
        Assert.All(after, e => Assert.NotEqual(OutboxEntryState.Pending, e.State));
    }

    [Fact]
    public async Task Replies_leave_in_the_order_they_were_queued_and_the_conversation_keeps_no_copy_of_their_words()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));

        var outbox = await citizen.Grain.Outbox();
        var sent = await cluster.Sandbox.ReadAsync(citizen.Id, 0, TimeSpan.Zero, CancellationToken.None);

        // Two read receipts, then the language question, the privacy notice and the main menu.
        Assert.Equal(5, sent.Count);
        Assert.Equal(2, sent.Count(m => Replies.IsReadReceipt(m.Body)));
        // In queue order; the receipts are gone (no status ever names them); the messages stay for their statuses, wordless.
        Assert.Equal(sent.Where(m => !Replies.IsReadReceipt(m.Body)).Select(m => (MessageDigest?)MessageDigest.Of(m.MessageId)), outbox.Select(e => e.Sent));
        Assert.All(outbox, e => Assert.Equal((OutboxEntryState.Sent, ""), (e.State, e.Body)));
    }

    [Fact]
    public async Task A_flooding_citizen_gets_one_note_to_slow_down_and_nothing_is_lost()
    {
        var citizen = await EnglishCitizen();
        var outcomes = new List<ReceiveOutcome>();
        var notes = 0;
        for (var i = 0; i < 30; i++)
        {
            var replies = await citizen.Says("help");
            outcomes.Add(citizen.LastOutcome);
            notes += replies.Texts.Count(t => t == UiText.SlowDown.En);
        }

        // Two messages went to choosing the language; the limit of 20 a minute leaves 18 answered here.
        Assert.Equal(18, outcomes.Count(o => o == ReceiveOutcome.Accepted));
        Assert.Equal(12, outcomes.Count(o => o == ReceiveOutcome.Throttled));
        Assert.Equal(1, notes);

        // A throttled message was still remembered: Meta redelivering it changes nothing.
        var redelivered = await citizen.Send(new InboundMessage
        {
            MessageId = $"wamid.test.{citizen.Id}.31", CitizenId = citizen.Id, ReplyTo = citizen.Id, SentAt = citizen.Clock, Kind = InboundKind.Text, Text = "help",
        });
        Assert.Equal(ReceiveOutcome.Duplicate, citizen.LastOutcome);
        Assert.Empty(redelivered.Bodies);
    }

    private async Task<Citizen> EnglishCitizen()
    {
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));
        return citizen;
    }
}
