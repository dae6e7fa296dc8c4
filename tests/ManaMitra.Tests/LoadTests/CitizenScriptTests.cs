using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.LoadTests.Meta;
using ManaMitra.LoadTests.Traffic;
using ManaMitra.WebhookFrontend.Endpoints;
using ManaMitra.WebhookFrontend.Webhook;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.LoadTests;

/// <summary>
/// Reply matching rests on each scripted message getting the number of replies the script expects: every scenario's
/// messages go through Meta's envelope, the frontend's parser and the real conversation, and are counted.
/// </summary>
public sealed class CitizenScriptTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly CatalogChoices Choices = CatalogChoices.Parse(
        JsonSerializer.SerializeToElement(CatalogDocument.From(Catalog), new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    private readonly Conversation _conversation = new(Catalog, new CatalogSearch(Catalog), Forms.FormSamples.Flow(), Options.Create(new ChatOptions()));
    private readonly WebhookEnvelope _envelope = new("102290129340398", "91 866 000 1234", "106540352242922");

    public static TheoryData<string> ScenarioNames => new(Scenarios.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Every_scripted_message_gets_the_replies_it_expects(string name)
    {
        var scenario = Scenarios.Find(name)!;
        for (var seed = 0; seed < 40; seed++)
        {
            var session = new ChatSession();
            var random = new Random(seed);
            var number = 0;
            // Closed-model scripts go on for ever: a few rounds show the cycle holds.
            foreach (var scripted in scenario.Script(Choices, random).Take(14))
            {
                var body = _envelope.Build("919848012345", "Lakshmi", $"wamid.S{seed}.{number++}", DateTimeOffset.UnixEpoch.AddDays(20_000), scripted);
                var inbound = Assert.Single(WebhookParser.Parse(body).Messages);

                var replies = _conversation.Handle(session, inbound).Replies;

                Assert.True(scripted.ExpectedReplies == replies.Count, $"{name}, seed {seed}: '{scripted.ChoiceId ?? scripted.Text}' expected {scripted.ExpectedReplies} replies, got {replies.Count}");
            }
        }
    }

    [Fact]
    public void Catalog_choices_come_from_the_catalog_the_frontend_serves()
    {
        var department = Choices.PickDepartment(new Random(3));
        var served = Catalog.FindDepartment(department.Id);

        Assert.NotNull(served);
        Assert.Equal(served.Services.Select(s => s.Id), department.Services.Select(s => s.Id));
        Assert.All(department.Services, s => Assert.InRange(s.Title.English.Length, 1, 24));
    }
}
