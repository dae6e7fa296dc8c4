using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Forms;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Documents;

/// <summary>
/// A citizen applies in the chat, a department system approves through the officers' API, and the citizen receives a
/// WhatsApp document message whose link returns the PDF, whose verification page says VALID, and which "my documents"
/// sends again — over HTTP, on the real app.
/// </summary>
public sealed class ChatDocumentTests
{
    private const string Citizen = "919000004444";
    private const string RevenueKey = "revenue-system-key";

    [Fact]
    public async Task An_income_certificate_application_gives_a_reference_and_no_document()
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>());
        var chat = new SandboxChat(frontend.Http, Citizen);

        var outcome = await chat.Apply("income-certificate");

        Assert.DoesNotContain(outcome, m => m.GetProperty("type").GetString() == "document");
        // Its fee is due: the reference comes with a "Pay ₹45" button to the payment page.
        var pay = outcome[^1].GetProperty("interactive");
        Assert.Equal("cta_url", pay.GetProperty("type").GetString());
        Assert.Contains("/pay/", pay.GetProperty("action").GetProperty("parameters").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"REV-INC-\d{4}-\d{6}", pay.GetProperty("body").GetProperty("text").GetString()!);
    }

    [Fact]
    public async Task An_approved_application_arrives_as_a_document_whose_link_returns_the_PDF()
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["ManaMitra:Officers:ApiKeys:revenue"] = RevenueKey,
        });
        var chat = new SandboxChat(frontend.Http, "919000004445");
        var submitted = await chat.Apply("occupancy-rights-certificate");
        var reference = Regex.Match(submitted[^1].GetProperty("text").GetProperty("body").GetString()!, @"REV-[A-Z]+-\d{4}-\d{6}").Value;

        using var decision = new HttpRequestMessage(HttpMethod.Post, $"/api/officers/applications/{reference}/decision")
        {
            Content = JsonContent.Create(new { decision = "approve" }),
        };
        decision.Headers.Add("X-Api-Key", RevenueKey);
        Assert.Equal(HttpStatusCode.OK, (await frontend.Http.SendAsync(decision)).StatusCode);
        var outcome = await chat.Next();

        var document = outcome.Single(m => m.GetProperty("type").GetString() == "document").GetProperty("document");
        var link = new Uri(document.GetProperty("link").GetString()!);
        Assert.EndsWith(".pdf", document.GetProperty("filename").GetString());
        var pdf = await frontend.Http.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);

        var documentId = link.Segments[^1];
        var verify = await frontend.Http.GetAsync($"/verify/{documentId}");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);

        var listed = await chat.Send(replyId: ChoiceIds.MyDocuments);
        var rows = listed[^1].GetProperty("interactive").GetProperty("action").GetProperty("sections")[0].GetProperty("rows");
        Assert.Equal(ChoiceIds.Document(documentId), rows[0].GetProperty("id").GetString());
        var again = await chat.Send(replyId: ChoiceIds.Document(documentId));
        Assert.Equal("document", again[^1].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Another_citizens_document_cannot_be_had_by_crafting_its_id()
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>());
        var chat = new SandboxChat(frontend.Http, "919000005555");
        await chat.Send(text: "hi");
        await chat.Send(replyId: ChoiceIds.ForLanguage("en"));

        var replies = await chat.Send(replyId: ChoiceIds.Document("REV-INC-2026-000001"));

        Assert.DoesNotContain(replies, m => m.GetProperty("type").GetString() == "document");
    }

    /// <summary>Talks through the simulator's endpoints, which take the same router and grains as webhooks.</summary>
    private sealed class SandboxChat(HttpClient http, string citizen)
    {
        private long _seen;

        /// <summary>Applies for a service in English, answering as a citizen types, and returns the outcome's messages.</summary>
        public async Task<IReadOnlyList<JsonElement>> Apply(string serviceId)
        {
            var service = CatalogLoader.Load(CatalogLoader.DefaultDirectory).FindService(serviceId)!.Value.Service;
            await Send(text: "hi");
            await Send(replyId: ChoiceIds.ForLanguage("en"));
            await Send(replyId: ChoiceIds.Service(service.Id));
            await Send(replyId: TestConversations.AgreeAndApply(service.Id));
            foreach (var input in service.Inputs)
            {
                await (input.Kind switch
                {
                    InputKind.Aadhaar => Send(text: FormSamples.ValidAadhaar),
                    InputKind.FreeText or InputKind.PersonName => Send(text: "Ravi Kumar"),
                    InputKind.Amount => Send(text: "1,20,000"),
                    InputKind.Mobile => Send(text: "9876543210"),
                    InputKind.Choice => Send(replyId: FormIds.Pick(input.Id, input.Choices[0].Id)),
                    _ => throw new InvalidOperationException($"{serviceId} asks an unexpected {input.Kind}"),
                });
            }

            return await Send(replyId: FormIds.Confirm);
        }

        public async Task<IReadOnlyList<JsonElement>> Send(string? text = null, string? replyId = null)
        {
            var sent = await http.PostAsJsonAsync("/sandbox/messages", new { citizenId = citizen, text = text ?? replyId, replyId, fromList = replyId is not null });
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            return await Next();
        }

        /// <summary>What the bot sends next, with or without a message from the citizen (a decision arrives on its own).</summary>
        public async Task<IReadOnlyList<JsonElement>> Next()
        {
            var messages = new List<JsonElement>();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            // Replies leave one by one; a short quiet spell after the last means the turn is complete.
            while (true)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"nothing sent to {citizen} in 30 s");
                }

                var page = await http.GetFromJsonAsync<JsonElement[]>($"/sandbox/messages?citizenId={citizen}&after={_seen}&wait=1");
                var fresh = page!.Where(m => m.GetProperty("sequence").GetInt64() > _seen).ToList();
                if (fresh.Count == 0 && messages.Count > 0)
                {
                    return messages.Where(m => m.GetProperty("body").TryGetProperty("type", out _)).Select(m => m.GetProperty("body")).ToList();
                }

                if (fresh.Count > 0)
                {
                    _seen = fresh[^1].GetProperty("sequence").GetInt64();
                    messages.AddRange(fresh);
                }
            }
        }
    }
}
