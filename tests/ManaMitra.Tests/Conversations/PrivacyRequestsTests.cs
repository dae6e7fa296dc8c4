using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Forms;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// "My data" (in the chat and as the signed statement ManaMitra issues) and "delete my data", in either language,
/// anywhere in the conversation (#18).
/// </summary>
public sealed class PrivacyRequestsTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly PrivacyText Privacy = Catalog.Texts.Privacy;
    private static readonly DateTimeOffset At = FormSamples.Now.AddMinutes(5);
    private readonly Conversation _conversation = TestConversations.On(Catalog);
    private readonly PrivacyScreens _screens = new(Catalog, new ChatOptions());

    [Fact]
    public void My_data_lists_what_the_conversation_holds()
    {
        var session = Holding(ShippedLanguages.English);
        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));

        var turn = _conversation.Handle(session, FormSamples.Text("my data"));

        var summary = FormSamples.BodyOf(turn.Replies[0]);
        Assert.Contains("language: English", summary, StringComparison.Ordinal);
        Assert.Contains($"given on 15-06-2025 to notice {TestConversations.NoticeVersion}", summary, StringComparison.Ordinal);
        Assert.Contains("Documents issued to you: 1 (REV-DOC-1)", summary, StringComparison.Ordinal);
        Assert.Contains("Applications and grievances: 2 (GRV-2025-000002, REV-INC-2025-000001)", summary, StringComparison.Ordinal);
        Assert.Contains("A form you are filling in: Income Certificate", summary, StringComparison.Ordinal);
        // Kept 180 days from the last message, counted in India.
        Assert.Contains("erased on 12-12-2025", summary, StringComparison.Ordinal);
        // Asking is no step: the form goes on where it was.
        Assert.Equal("income-certificate", session.Form?.ServiceId);
    }

    [Fact]
    public void My_data_in_telugu_says_nothing_is_held_where_nothing_is()
    {
        var session = new ChatSession { Language = ShippedLanguages.Telugu, Current = Step.MainMenu, LastActivity = FormSamples.Now };

        var turn = _conversation.Handle(session, FormSamples.Text("నా సమాచారం"));

        var summary = FormSamples.BodyOf(turn.Replies[0]);
        Assert.StartsWith("మనమిత్ర వద్ద మీ గురించి ఉన్నది", summary, StringComparison.Ordinal);
        Assert.Contains(Privacy.ConsentNone.Te, summary, StringComparison.Ordinal);
        Assert.Contains($"మీకు జారీ అయిన పత్రాలు: {Privacy.None.Te}", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my data", ShippedLanguages.English)]
    [InlineData("నా సమాచారం", ShippedLanguages.Telugu)]
    public void My_data_offers_the_same_as_a_signed_pdf_in_the_citizens_language(string words, string language)
    {
        var session = Holding(language);

        var turn = _conversation.Handle(session, FormSamples.Text(words));

        Assert.Equal(2, turn.Replies.Count);
        Assert.IsType<TextReply>(turn.Replies[0]);
        var offer = Assert.IsType<ButtonsReply>(turn.Replies[1]);
        Assert.Equal(Privacy.StatementOffer.In(language), offer.Body);
        Assert.Equal([(ChoiceIds.DataStatement, Privacy.StatementButton.In(language))], offer.Buttons.Select(b => (b.Id, b.Title)));
        FormSamples.AssertSendable(turn.Replies);
        Assert.Empty(turn.Effects);
    }

    [Fact]
    public void The_pdf_button_asks_for_the_statement_and_a_form_in_progress_goes_on()
    {
        var session = Holding(ShippedLanguages.English);
        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));
        var tap = FormSamples.Tap(ChoiceIds.DataStatement);

        var turn = _conversation.Handle(session, tap);

        Assert.Equal(new IssueDataStatement(tap.CitizenId, tap.MessageId), Assert.Single(turn.Effects));
        Assert.Empty(turn.Replies);
        Assert.Equal("income-certificate", session.Form?.ServiceId);
    }

    [Fact]
    public void A_citizen_who_never_agreed_or_withdrew_still_gets_their_statement()
    {
        var never = new ChatSession { Language = ShippedLanguages.Telugu, Current = Step.MainMenu, LastActivity = FormSamples.Now };
        var withdrew = Holding(ShippedLanguages.English);
        _conversation.Handle(withdrew, FormSamples.Text("withdraw consent"));

        foreach (var session in new[] { never, withdrew })
        {
            var turn = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.DataStatement));

            Assert.IsType<IssueDataStatement>(Assert.Single(turn.Effects));
            Assert.Empty(turn.Replies);
        }
    }

    [Fact]
    public void A_pdf_button_tapped_after_erasure_asks_for_the_language_and_issues_nothing()
    {
        var session = Holding(ShippedLanguages.English);
        _conversation.Handle(session, FormSamples.Text("my data"));
        _conversation.Handle(session, FormSamples.Text("delete my data"));
        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.EraseConfirmed));

        var stale = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.DataStatement));

        Assert.Empty(stale.Effects);
        Assert.Equal(Step.ChooseLanguage, session.Current);
        Assert.IsType<ButtonsReply>(Assert.Single(stale.Replies));
    }

    [Theory]
    [InlineData("delete my data", ShippedLanguages.English)]
    [InlineData("నా సమాచారం తొలగించు", ShippedLanguages.Telugu)]
    public void Delete_my_data_asks_first_and_erases_only_when_confirmed(string words, string language)
    {
        var session = Holding(language);

        var asked = _conversation.Handle(session, FormSamples.Text(words));

        var question = Assert.IsType<ButtonsReply>(Assert.Single(asked.Replies));
        Assert.Equal(Privacy.EraseConfirm.In(language), question.Body);
        Assert.Equal([ChoiceIds.EraseConfirmed, ChoiceIds.MainMenu], question.Buttons.Select(b => b.Id));
        Assert.Equal(language, session.Language);
        Assert.Empty(asked.Effects);

        var erased = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.EraseConfirmed));

        Assert.Equal(Privacy.Erased.In(language), FormSamples.BodyOf(Assert.Single(erased.Replies)));
        var forgotten = Assert.IsType<Forgotten>(Assert.Single(erased.Effects));
        Assert.Equal(FormSamples.Text("").CitizenId, forgotten.CitizenId);
        Assert.Equal(["REV-DOC-1"], forgotten.Documents);
        Assert.Equal(["REV-INC-2025-000001", "GRV-2025-000002"], forgotten.References);
        Assert.Null(session.Language);
        Assert.Empty(session.Consents);
        Assert.Empty(session.Documents);
        Assert.Empty(session.Applications);
        Assert.Empty(session.History);
        // The next message is a first contact: the language question.
        var next = _conversation.Handle(session, FormSamples.Text("hi"));
        Assert.Equal(Step.ChooseLanguage, session.Current);
        Assert.IsType<ButtonsReply>(Assert.Single(next.Replies));
    }

    [Fact]
    public void Keeping_the_data_or_an_old_confirmation_erases_nothing()
    {
        var session = Holding(ShippedLanguages.English);
        _conversation.Handle(session, FormSamples.Text("delete my data"));

        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.MainMenu));
        var stale = _conversation.Handle(session, FormSamples.Tap(ChoiceIds.EraseConfirmed));

        Assert.Equal(ShippedLanguages.English, session.Language);
        Assert.Single(session.Documents);
        Assert.Empty(stale.Effects);
        Assert.Equal(Privacy.EraseConfirm.En, FormSamples.BodyOf(Assert.Single(stale.Replies)));
    }

    [Fact]
    public void The_statement_prints_what_my_data_says_issued_by_manamitra_to_no_name()
    {
        var session = Holding(ShippedLanguages.English);
        _conversation.Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));
        session.LastInbound = FormSamples.Now;

        var statement = _screens.Statement(session, ShippedLanguages.English, "citizen-key", "wamid.1", At);

        Assert.Equal(
            [
                (Privacy.StatementLanguage, "English"),
                (Privacy.StatementConsent, $"given / {Privacy.StatementGiven.Te}"),
                (Privacy.StatementConsentOn, "15-06-2025"),
                (Privacy.StatementNotice, TestConversations.NoticeVersion),
                (Privacy.StatementDocuments, "1 (REV-DOC-1)"),
                (Privacy.StatementApplications, "2 (GRV-2025-000002, REV-INC-2025-000001)"),
                (Privacy.StatementForm, Catalog.Texts.OneLine(Catalog.FindService("income-certificate")!.Value.Service.Name)),
                // 180 days from the later of the last message and the statement, counted in India.
                (Privacy.StatementErasedOn, "12-12-2025"),
            ],
            statement.Fields.Select(f => (f.Label, f.Value)));
        Assert.Equal((PrivacyScreens.StatementKind, ServiceCatalog.PlatformIssuer, "", At), (statement.Kind, statement.DepartmentId, statement.HolderName, statement.IssuedAt));
        Assert.Equal(Privacy.StatementTitle, statement.Title);
        Assert.Equal(Catalog.Texts.Documents.Platform, Catalog.IssuerName(statement.DepartmentId));
    }

    [Fact]
    public void Consent_withdrawn_shows_when_and_under_which_notice_and_none_given_says_so()
    {
        var withdrew = TestConversations.Consented(Catalog, ShippedLanguages.Telugu);
        withdrew.Record(new ConsentEvent(ConsentAction.Withdrawn, "0badf00d", ShippedLanguages.Telugu, new DateTimeOffset(2025, 7, 1, 23, 0, 0, TimeSpan.Zero)));
        var never = new ChatSession { Language = ShippedLanguages.Telugu };

        var withdrawn = Fields(_screens.Statement(withdrew, ShippedLanguages.Telugu, "citizen-key", "wamid.2", At));
        var none = Fields(_screens.Statement(never, ShippedLanguages.Telugu, "citizen-key", "wamid.3", At));

        // Past midnight in India: the day the citizen lived it.
        Assert.Equal((Catalog.Texts.OneLine(Privacy.StatementWithdrawn), "02-07-2025", "0badf00d"),
            (withdrawn[Privacy.StatementConsent], withdrawn[Privacy.StatementConsentOn], withdrawn[Privacy.StatementNotice]));
        Assert.Equal("తెలుగు", withdrawn[Privacy.StatementLanguage]);
        Assert.Equal(Catalog.Texts.OneLine(Privacy.ConsentNone), none[Privacy.StatementConsent]);
        Assert.False(none.ContainsKey(Privacy.StatementConsentOn));
        Assert.Equal(Catalog.Texts.OneLine(Privacy.None), none[Privacy.StatementDocuments]);
        Assert.Equal(Catalog.Texts.OneLine(Privacy.None), none[Privacy.StatementForm]);
    }

    [Fact]
    public void Each_request_gets_its_own_id_which_names_neither_the_citizen_nor_the_message()
    {
        var session = new ChatSession { Language = ShippedLanguages.English };

        var first = _screens.Statement(session, ShippedLanguages.English, "919876543210", "wamid.HBgM", At).Id;
        var redelivered = _screens.Statement(session, ShippedLanguages.English, "919876543210", "wamid.HBgM", At.AddSeconds(3)).Id;
        var next = _screens.Statement(session, ShippedLanguages.English, "919876543210", "wamid.HBgN", At).Id;
        var another = _screens.Statement(session, ShippedLanguages.English, "919876543211", "wamid.HBgM", At).Id;

        Assert.Matches("^DATA-[0-9A-F]{20}$", first);
        Assert.Equal(first, redelivered);
        Assert.Equal(3, new[] { first, next, another }.Distinct().Count());
        Assert.DoesNotContain("9876543210", first, StringComparison.Ordinal);
    }

    /// <summary>A citizen who agreed, got a document and applied twice.</summary>
    private static ChatSession Holding(string language)
    {
        var session = TestConversations.Consented(Catalog, language);
        session.Documents.Add(new DocumentRef("REV-DOC-1", ShippedLanguages.Text("Income Certificate", "ఆదాయ ధృవీకరణ పత్రం"), FormSamples.Now));
        session.Applications.AddRange(["REV-INC-2025-000001", "GRV-2025-000002"]);
        return session;
    }

    private static Dictionary<LocalizedText, string> Fields(IssuedDocument document) => document.Fields.ToDictionary(f => f.Label, f => f.Value);
}
