using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Reliability;

/// <summary>
/// Mutated, correctly signed Meta payloads through the whole webhook path: whatever arrives, the answer is a 200 or
/// a 4xx, never a 5xx, and the service stays ready. Bounded (a few hundred cases) so it runs in every CI.
/// </summary>
public sealed class WebhookFuzzTests(WebhookFuzzTests.Frontend frontend) : IClassFixture<WebhookFuzzTests.Frontend>
{
    private static readonly string[] Seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "testdata", "webhooks"), "*.json")
        .Select(File.ReadAllText).ToArray();

    [Property(MaxTest = 300)]
    public bool A_mutated_signed_payload_never_gets_a_server_error(NonNegativeInt seedFile, int seed)
    {
        var body = Mutate(Seeds[seedFile.Get % Seeds.Length], new Random(seed));
        var response = frontend.Running.PostSignedAsync(body).GetAwaiter().GetResult();
        var status = (int)response.StatusCode;
        Assert.True(status is 200 or 400 or 413, $"HTTP {status} for: {body}");
        return true;
    }

    [Fact]
    public async Task After_the_fuzzing_the_service_is_still_ready()
    {
        for (var i = 0; i < 50; i++)
        {
            A_mutated_signed_payload_never_gets_a_server_error(NonNegativeInt.NewNonNegativeInt(i), i);
        }

        var ready = await frontend.Running.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    // Edits a real payload the ways broken or hostile senders do: cut it, splice junk into it, swap a character,
    // duplicate a stretch, or replace a JSON value with one of another type.
    private static string Mutate(string payload, Random random)
    {
        var text = new StringBuilder(payload);
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits && text.Length > 0; i++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(6))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Junk[random.Next(Junk.Length)]);
                    break;
                case 2:
                    text[at] = (char)random.Next(32, 0x0C7F);
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 40), text.Length - at);
                    text.Insert(at, text.ToString(at, length));
                    break;
                default:
                    var colon = text.ToString().IndexOf(':', at);
                    if (colon > 0)
                    {
                        text.Insert(colon + 1, $" {Values[random.Next(Values.Length)]}, \"x\":");
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static readonly string[] Junk = ["{", "}", "[", "]", "\"", ",", ":", "null", "\\u0000", "\\ud800", "1e999", "-0", "ఆధార్", "\u0000", "\"id\":\"\""];
    private static readonly string[] Values = ["null", "true", "[]", "{}", "\"\"", "-1", "1e308", "\"wamid.x\"", "[[[[[]]]]]", "\"9198765\\u0000\""];

    public sealed class Frontend : IAsyncLifetime
    {
        public RunningFrontend Running { get; private set; } = null!;

        public async Task InitializeAsync() => Running = await RunningFrontend.StartAsync(new Dictionary<string, string>());

        public async Task DisposeAsync() => await Running.DisposeAsync();
    }
}
