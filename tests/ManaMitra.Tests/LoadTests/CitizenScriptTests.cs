using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Search;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Departments;
using ManaMitra.LoadTests.Traffic;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Endpoints;
using ManaMitra.WebhookFrontend.Webhook;
using Microsoft.Extensions.Options;

using ManaMitra.Tests.Conversations;

namespace ManaMitra.Tests.LoadTests;

/// <summary>
/// Reply matching rests on each scripted message getting the number of replies the script expects: every scenario's
/// messages go through Meta's envelope, the frontend's parser and the real conversation and form validators, and are
/// counted. A submitted form runs a department service in the grain, outside the conversation: a certificate answers
/// with its outcome and its document (TellOutcomeHandler; ChatDocumentTests shows both arrive), so two replies.
/// </summary>
public sealed class CitizenScriptTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly CatalogChoices Choices = CatalogChoices.Parse(
        JsonSerializer.SerializeToElement(CatalogDocument.From(Catalog, new ConsentNotice(Catalog.Texts, new ChatOptions())), new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    private readonly Conversation _conversation = TestConversations.On(Catalog);
    private readonly WebhookEnvelope _envelope = new("102290129340398", "91 866 000 1234", "106540352242922");

    public static TheoryData<string> ScenarioNames => new(Scenarios.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Every_scripted_message_gets_the_replies_it_expects(string name)
    {
        var scenario = Scenarios.Find(name)!;
        AssertRepliesAsExpected(name, random => scenario.Script(Choices, random));
    }

    [Fact]
    public void Every_message_of_the_ladder_benchmark_gets_exactly_one_reply_as_the_reference_bot_gives()
    {
        Assert.All(CitizenScripts.Ladder(new Random(1)).Take(200), scripted => Assert.Equal(1, scripted.ExpectedReplies));
        AssertRepliesAsExpected("ladder", CitizenScripts.Ladder);
    }

    [Fact]
    public void A_long_form_submits_a_certificate_after_exactly_one_answer_was_rejected_and_asked_again()
    {
        var scenario = Scenarios.Find("long-forms")!;
        var services = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < 40; seed++)
        {
            var session = new ChatSession();
            var rejected = 0;
            Turn? submitted = null;
            var number = 0;
            foreach (var scripted in scenario.Script(Choices, new Random(seed)))
            {
                var inForm = session.Form is not null;
                var turn = Handle(session, scripted, $"wamid.L{seed}.{number++}");
                rejected += inForm && session.Form is { FailedAttempts: > 0 } ? 1 : 0;
                submitted = Request(turn) is null ? submitted : turn;
            }

            Assert.Equal(1, rejected);
            Assert.NotNull(submitted);
            var request = Request(submitted)!;
            var found = Catalog.FindService(request.ServiceId)!.Value;
            Assert.Equal(HandlerKind.IssueCertificate, found.Service.Handler);
            Assert.Equal(found.Service.Inputs.Select(i => i.Id).Order(), request.Answers.Keys.Where(k => !k.EndsWith(".masked", StringComparison.Ordinal)).Order());
            services.Add(found.Service.Id);
        }

        // Forty citizens apply for many different certificates, not one form over and over.
        Assert.True(services.Count >= 20, $"only {services.Count} different certificates");
    }

    [Fact]
    public void Catalog_choices_come_from_the_catalog_the_frontend_serves()
    {
        var department = Choices.PickDepartment(new Random(3));
        var served = Catalog.FindDepartment(department.Id);

        Assert.NotNull(served);
        Assert.Equal(served.Services.Select(s => s.Id), department.Services.Select(s => s.Id));
        Assert.All(department.Services, s => Assert.InRange(s.Title.English.Length, 1, 24));
        var income = Choices.AllServices().Single(c => c.Service.Id == "income-certificate").Service;
        Assert.Equal("IssueCertificate", income.Handler);
        Assert.Equal(["aadhaar:Aadhaar", "applicant-name:PersonName", "annual-income:Amount", "purpose:Choice", "mobile:Mobile"], income.Questions.Select(q => $"{q.Id}:{q.Kind}"));
        Assert.True(FormAnswers.CanAnswer(income));
    }

    private void AssertRepliesAsExpected(string name, Func<Random, IEnumerable<ScriptedMessage>> script)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var session = new ChatSession();
            var random = new Random(seed);
            var number = 0;
            // Closed-model and ladder scripts go on for ever: a few rounds show the cycle holds.
            foreach (var scripted in script(random).Take(40))
            {
                var turn = Handle(session, scripted, $"wamid.S{seed}.{number++}");

                var replies = turn.Replies.Count + ServiceReplies(turn);

                Assert.True(scripted.ExpectedReplies == replies, $"{name}, seed {seed}: '{scripted.Message.ChoiceId ?? scripted.Message.Text}' expected {scripted.ExpectedReplies} replies, got {replies}");
            }
        }
    }

    private Turn Handle(ChatSession session, ScriptedMessage scripted, string wamid)
    {
        var body = _envelope.Build("919848012345", "Lakshmi", wamid, DateTimeOffset.UnixEpoch.AddDays(20_000), scripted.Message);
        return _conversation.Handle(session, Assert.Single(WebhookParser.Parse(body, TestSecrets.CitizenKeys).Messages));
    }

    // What the grain adds for a submitted form; only certificates are scripted, and with a name answered each is issued.
    private static int ServiceReplies(Turn turn)
    {
        if (Request(turn) is not { } request)
        {
            return 0;
        }

        Assert.Equal(HandlerKind.IssueCertificate, Catalog.FindService(request.ServiceId)!.Value.Service.Handler);
        return 2;
    }

    private static ServiceRequest? Request(Turn turn) => turn.Effects.OfType<RunService>().SingleOrDefault()?.Request;
}
