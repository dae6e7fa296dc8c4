using System.Text.Json;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// A notification (<c>Notify</c>) on the real grain: within 24 hours of the citizen's last message it is the session
/// messages; later it is the matching template. The citizen's clock dates their messages (as Meta's timestamps do), so a
/// test moves back the time they last wrote instead of waiting a day.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed class ServiceWindowClusterTests(ChatCluster cluster)
{
    private static readonly TimeSpan Window = new ChatOptions().ServiceWindow;

    private static readonly LocalizedText Returned = LocalizedText.Of(("en", "Your application was returned."), ("te", "మీ దరఖాస్తు తిరిగి పంపబడింది."));

    [Fact]
    public async Task Inside_the_window_the_outcome_arrives_as_a_session_message_with_its_correction_button()
    {
        var citizen = await TeluguCitizen(wroteAgo: Window - TimeSpan.FromMinutes(5));

        await citizen.Grain.Notify(Decision(Verdict.Returned, "Attach the ration card."));
        var told = await citizen.Drained();

        var message = Assert.Single(told.Messages);
        Assert.Equal("interactive", message.GetProperty("type").GetString());
        Assert.StartsWith(Returned.In("te"), Replies.TextOf(message), StringComparison.Ordinal);
        Assert.Equal([(ChoiceIds.Correct("REV-INC-7"), ShippedLanguages.Texts.Ui.SendCorrection.In("te"))], told.Buttons);
    }

    [Fact]
    public async Task After_the_window_the_outcome_arrives_as_its_template_in_the_citizen_s_language()
    {
        var citizen = await TeluguCitizen(wroteAgo: Window + TimeSpan.FromMinutes(5));

        await citizen.Grain.Notify(Decision(Verdict.Returned, "Attach the\nration card."));
        var told = await citizen.Drained();

        var template = Template(Assert.Single(told.Messages));
        Assert.Equal(TemplateChoice.Returned, template.GetProperty("name").GetString());
        Assert.Equal("te", template.GetProperty("language").GetProperty("code").GetString());
        Assert.Equal(["REV-INC-7", "ఆదాయ ధృవీకరణ పత్రం", "Attach the ration card."], BodyParameters(template));
        Assert.Equal([ChoiceIds.Correct("REV-INC-7"), ChoiceIds.MainMenu], ButtonPayloads(template));
    }

    [Fact]
    public async Task A_new_message_opens_the_window_again()
    {
        var citizen = await TeluguCitizen(wroteAgo: TimeSpan.FromDays(3));
        await citizen.Grain.Notify(Decision(Verdict.Rejected, "Not eligible."));
        Assert.Equal("template", Assert.Single((await citizen.Drained()).Messages).GetProperty("type").GetString());

        citizen.Clock = DateTimeOffset.UtcNow;
        await citizen.Says("menu");
        await citizen.Grain.Notify(Decision(Verdict.Rejected, "Not eligible."));

        Assert.Equal("text", Assert.Single((await citizen.Drained()).Messages).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_citizen_who_never_wrote_gets_the_template_in_the_fallback_language_at_their_business_scoped_id()
    {
        var citizen = cluster.Citizen($"IN.{Guid.NewGuid():N}");

        await citizen.Grain.Notify(new ServiceOutcome { Status = OutcomeStatus.Completed, Message = Returned, Reference = "PAY-9" });
        var told = await citizen.Drained();

        var message = Assert.Single(told.Messages);
        Assert.Equal(citizen.Id, message.GetProperty("recipient").GetString());
        var template = Template(message);
        Assert.Equal(TemplateChoice.Update, template.GetProperty("name").GetString());
        Assert.Equal("en", template.GetProperty("language").GetProperty("code").GetString());
        Assert.Equal(["Your application was returned. · Reference: PAY-9"], BodyParameters(template));
    }

    [Fact]
    public async Task A_document_issued_after_the_window_goes_as_a_link_and_its_button_lists_it()
    {
        var citizen = await TeluguCitizen(wroteAgo: Window + TimeSpan.FromHours(1));
        var document = Document();

        await citizen.Grain.Notify(Decision(Verdict.Approved, "") with { Document = document });
        var template = Template(Assert.Single((await citizen.Drained()).Messages));

        Assert.Equal(TemplateChoice.DocumentReady, template.GetProperty("name").GetString());
        var parameters = BodyParameters(template);
        Assert.Equal(["ఆదాయ ధృవీకరణ పత్రం", document.Id], parameters.Take(2));
        Assert.StartsWith(ChatCluster.PublicBaseUrl + "/", parameters[2], StringComparison.Ordinal);
        var button = template.GetProperty("components")[1];
        Assert.Equal(ChoiceIds.MyDocuments, button.GetProperty("parameters")[0].GetProperty("payload").GetString());

        // Tapping it comes back as the button's payload, which the conversation knows.
        citizen.Clock = DateTimeOffset.UtcNow;
        var documents = await citizen.Send(new Interfaces.Chat.InboundMessage
        {
            MessageId = $"wamid.tap.{document.Id}", CitizenId = citizen.Id, ReplyTo = citizen.Id, SentAt = citizen.Clock,
            Kind = Interfaces.Chat.InboundKind.QuickReply, Text = "నా పత్రాలు", ReplyId = ChoiceIds.MyDocuments,
        });
        Assert.Contains(documents.Rows, row => row.Id == ChoiceIds.Document(document.Id));
    }

    /// <summary>A citizen who chose Telugu, their messages dated <paramref name="wroteAgo"/> before now.</summary>
    private async Task<Citizen> TeluguCitizen(TimeSpan wroteAgo)
    {
        var citizen = cluster.Citizen();
        citizen.Clock = DateTimeOffset.UtcNow - wroteAgo;
        await citizen.Says("Hi");
        await citizen.Taps(ChoiceIds.ForLanguage("te"), "తెలుగు");
        return citizen;
    }

    private static ServiceOutcome Decision(Verdict verdict, string note) => new()
    {
        Status = verdict == Verdict.Approved ? OutcomeStatus.Completed : OutcomeStatus.Declined,
        Message = Returned,
        Reference = "REV-INC-7",
        Decision = new OutcomeDecision(verdict, "income-certificate", note),
    };

    private static IssuedDocument Document() => new()
    {
        Id = $"REV-INC-{Guid.NewGuid():N}",
        Kind = "certificate",
        Title = LocalizedText.Of(("en", "Income Certificate"), ("te", "ఆదాయ ధృవీకరణ పత్రం")),
        HolderName = "Lakshmi",
        DepartmentId = "revenue",
        ServiceId = "income-certificate",
        IssuedAt = DateTimeOffset.UtcNow,
    };

    private static JsonElement Template(JsonElement message)
    {
        Assert.Equal("template", message.GetProperty("type").GetString());
        Assert.Empty(WhatsAppLimits.Violations(message));
        return message.GetProperty("template");
    }

    private static List<string> ButtonPayloads(JsonElement template) =>
        template.GetProperty("components").EnumerateArray().Skip(1).Select(b => b.GetProperty("parameters")[0].GetProperty("payload").GetString()!).ToList();

    private static List<string> BodyParameters(JsonElement template) =>
        template.GetProperty("components")[0].GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).ToList();
}
