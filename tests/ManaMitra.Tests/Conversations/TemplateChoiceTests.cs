using ManaMitra.Catalog;
using ManaMitra.Catalog.Templates;
using ManaMitra.Conversations;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Conversations;

/// <summary>Which shipped template tells an outcome outside the service window, filled with what.</summary>
public sealed class TemplateChoiceTests
{
    private const string Link = "https://mitra.test/documents/REV-INC-1?t=abc";

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    private static readonly TemplateRegistry Templates = TemplateLoader.Load(CatalogLoader.DefaultDirectory, Catalog.Texts.Languages, TemplateChoice.Needs);

    private static readonly TemplateChoice Choice = new(Templates, Catalog);

    private static readonly LocalizedText Decided = LocalizedText.Of(("en", "Your application was decided."), ("te", "మీ దరఖాస్తుపై నిర్ణయం తీసుకోబడింది."));

    [Fact]
    public void The_shipped_file_beside_the_binaries_loads() =>
        Assert.Equal(TemplateChoice.Needs.Count, Templates.All.Count);

    public static TheoryData<OutcomeDecision, string, string[]> Declined => new()
    {
        { new OutcomeDecision(Verdict.Rejected, "income-certificate", "Income proof is\nmissing.", Appealable: true), TemplateChoice.Rejected, ["appeal:REV-INC-1", "nav:menu"] },
        { new OutcomeDecision(Verdict.Rejected, "income-certificate", "Income proof is\nmissing."), TemplateChoice.AppealRejected, ["nav:menu"] },
        { new OutcomeDecision(Verdict.Returned, "income-certificate", "Income proof is\nmissing."), TemplateChoice.Returned, ["fix:REV-INC-1", "nav:menu"] },
    };

    [Theory]
    [MemberData(nameof(Declined))]
    public void A_rejection_or_return_carries_the_official_s_note_and_the_button_for_what_the_citizen_may_do(
        OutcomeDecision decision, string template, string[] payloads)
    {
        var reply = Choice.For(Decision(Verdict.Rejected, "") with { Decision = decision }, "te", documentLink: null);

        Assert.Equal(new TemplateReply(template, "te", ["REV-INC-1", "ఆదాయ ధృవీకరణ పత్రం", "Income proof is missing."]) { ButtonPayloads = payloads }, reply, Same);
    }

    [Fact]
    public void A_decision_without_a_note_says_the_department_s_message()
    {
        var reply = Choice.For(Decision(Verdict.Returned, " "), "en", documentLink: null);

        Assert.Equal("Your application was decided.", reply.BodyParameters[2]);
    }

    [Fact]
    public void An_approval_without_a_document_names_the_service()
    {
        var reply = Choice.For(Decision(Verdict.Approved, ""), "en", documentLink: null);

        Assert.Equal(TemplateChoice.Approved, reply.Name);
        Assert.Equal(["REV-INC-1", "Income Certificate"], reply.BodyParameters);
    }

    [Fact]
    public void An_issued_document_goes_as_its_link()
    {
        var outcome = Decision(Verdict.Approved, "") with { Document = Document() };

        var reply = Choice.For(outcome, "en", Link);

        Assert.Equal(TemplateChoice.DocumentReady, reply.Name);
        Assert.Equal(["Income Certificate", "REV-INC-1-D", Link], reply.BodyParameters);
        Assert.Equal(["menu:documents"], reply.ButtonPayloads);
    }

    [Fact]
    public void Anything_else_is_a_generic_update_in_the_citizen_s_language()
    {
        var outcome = new ServiceOutcome
        {
            Status = OutcomeStatus.AwaitingPayment,
            Message = Decided,
            Reference = "PAY-7",
            Fields = [new OutcomeField(LocalizedText.Of(("en", "Amount"), ("te", "మొత్తం")), "₹45")],
            PaymentLink = "https://mitra.test/pay/order_7",
        };

        var reply = Choice.For(outcome, "te", documentLink: null);

        Assert.Equal(TemplateChoice.Update, reply.Name);
        Assert.Equal(["మీ దరఖాస్తుపై నిర్ణయం తీసుకోబడింది. · సూచిక సంఖ్య: PAY-7 · మొత్తం: ₹45 · ఇక్కడ చెల్లించండి: https://mitra.test/pay/order_7"], reply.BodyParameters);
    }

    [Fact]
    public void Long_parameters_share_the_room_the_body_leaves()
    {
        var reply = Choice.For(Decision(Verdict.Rejected, new string('x', 2000)), "en", documentLink: null);

        var body = Templates[TemplateChoice.Rejected].Bodies["en"];
        var filled = body.Replace("{{1}}", reply.BodyParameters[0]).Replace("{{2}}", reply.BodyParameters[1]).Replace("{{3}}", reply.BodyParameters[2]);
        Assert.True(filled.Length <= WhatsAppLimits.TemplateBody, $"{filled.Length} characters");
        Assert.EndsWith(WhatsAppText.Ellipsis, reply.BodyParameters[2], StringComparison.Ordinal);
    }

    private static ServiceOutcome Decision(Verdict verdict, string note) => new()
    {
        Status = OutcomeStatus.Completed,
        Message = Decided,
        Reference = "REV-INC-1",
        Decision = new OutcomeDecision(verdict, "income-certificate", note),
    };

    private static IssuedDocument Document() => new()
    {
        Id = "REV-INC-1-D",
        Kind = "certificate",
        Title = LocalizedText.Of(("en", "Income Certificate"), ("te", "ఆదాయ ధృవీకరణ పత్రం")),
        HolderName = "Lakshmi",
        DepartmentId = "revenue",
        ServiceId = "income-certificate",
        IssuedAt = DateTimeOffset.UnixEpoch,
    };

    /// <summary>Records compare their lists by reference; these compare them by content.</summary>
    private static readonly IEqualityComparer<TemplateReply> Same = EqualityComparer<TemplateReply>.Create(
        (a, b) => a!.Name == b!.Name && a.LanguageCode == b.LanguageCode
            && a.BodyParameters.SequenceEqual(b.BodyParameters) && a.ButtonPayloads.SequenceEqual(b.ButtonPayloads),
        r => r.Name.GetHashCode(StringComparison.Ordinal));
}
