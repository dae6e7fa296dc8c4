using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Forms;

namespace ManaMitra.Tests.Conversations;

/// <summary>"My data" as a signed statement: the same facts as the chat's summary, as labelled fields ManaMitra issues (#18).</summary>
public sealed class DataStatementTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly PrivacyText Privacy = Catalog.Texts.Privacy;
    private static readonly DateTimeOffset At = FormSamples.Now.AddMinutes(5);
    private readonly PrivacyScreens _screens = new(Catalog, new ChatOptions());

    [Fact]
    public void The_statement_prints_what_my_data_says_issued_by_manamitra_to_no_name()
    {
        var session = TestConversations.Consented(Catalog, ShippedLanguages.English);
        session.Documents.Add(new DocumentRef("REV-DOC-1", ShippedLanguages.Text("Income Certificate", "ఆదాయ ధృవీకరణ పత్రం"), FormSamples.Now));
        session.Applications.AddRange(["REV-INC-2025-000001", "GRV-2025-000002"]);
        TestConversations.On(Catalog).Handle(session, FormSamples.Tap(ChoiceIds.Apply("income-certificate")));
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

    private static Dictionary<LocalizedText, string> Fields(IssuedDocument document) => document.Fields.ToDictionary(f => f.Label, f => f.Value);
}
