using System.Globalization;
using System.Net;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Testing;
using ManaMitra.Tests.Forms;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Observability;

/// <summary>
/// Everything the frontend process writes while a citizen applies for a certificate with their Aadhaar number — as
/// structured JSON logs, ManaMitra's own categories at their most verbose and Orleans' at Debug — names neither the
/// citizen's WhatsApp number nor the Aadhaar number.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string Citizen = "919000007777";
    private const string AppSecret = "log-test-app-secret";

    [Fact]
    public async Task Logs_of_a_conversation_with_an_Aadhaar_entry_carry_neither_the_number_nor_the_Aadhaar()
    {
        var httpPort = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string>(TestSecrets.Settings("__"))
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort}",
            ["WhatsApp__AppSecret"] = AppSecret,
            ["Orleans__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__LogLevel__ManaMitra"] = "Trace",
            // Orleans names grains by id, a citizen's grain by their conversation's key: at Debug it logs activations.
            ["Logging__LogLevel__Orleans"] = "Debug",
        };
        await using var frontend = HostProcess.Start("frontend", HostAssemblies.Frontend, environment);
        using var http = new HttpClient { BaseAddress = new Uri(environment["ASPNETCORE_URLS"]), Timeout = TimeSpan.FromSeconds(30) };
        await Eventually.Until(() => HealthProbe.ReadyAsync(http), ready => ready || frontend.HasExited, TimeSpan.FromSeconds(90));
        Assert.False(frontend.HasExited, frontend.Output);

        var service = CatalogLoader.Load(CatalogLoader.DefaultDirectory).FindService("income-certificate")!.Value.Service;
        var step = 0;
        async Task Say(string body) => Assert.Equal(HttpStatusCode.OK, await Post(http, body));
        string Id() => $"wamid.log-{++step}";

        await Say(MetaWebhooks.Text(Citizen, Id(), "hi"));
        await Say(MetaWebhooks.Choice(Citizen, Id(), ChoiceIds.ForLanguage("en")));
        await Say(MetaWebhooks.Choice(Citizen, Id(), ChoiceIds.Service(service.Id)));
        await Say(MetaWebhooks.Choice(Citizen, Id(), ChoiceIds.Apply(service.Id)));
        foreach (var input in service.Inputs)
        {
            await Say(input.Kind switch
            {
                InputKind.Aadhaar => MetaWebhooks.Text(Citizen, Id(), FormSamples.ValidAadhaar),
                InputKind.FreeText or InputKind.PersonName => MetaWebhooks.Text(Citizen, Id(), "Ravi Kumar"),
                InputKind.Amount => MetaWebhooks.Text(Citizen, Id(), "1,20,000"),
                InputKind.Mobile => MetaWebhooks.Text(Citizen, Id(), "9876543210"),
                InputKind.Choice => MetaWebhooks.Choice(Citizen, Id(), FormIds.Pick(input.Id, input.Choices[0].Id)),
                _ => throw new InvalidOperationException($"income certificate asks an unexpected {input.Kind}"),
            });
        }

        await Say(MetaWebhooks.Choice(Citizen, Id(), FormIds.Confirm));
        // A forged request is logged (with the caller's address) and must not drag its body into the log either.
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(http, MetaWebhooks.Text(Citizen, "wamid.forged", FormSamples.ValidAadhaar), "wrong-secret"));

        // SIGTERM flushes the console logger before the process exits.
        frontend.Terminate();
        Assert.Equal(0, await frontend.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var logs = frontend.Output;
        Assert.Contains("\"Category\":\"ManaMitra.WebhookFrontend.Endpoints.WebhookEndpoints\"", logs, StringComparison.Ordinal);
        // Orleans did name the citizen's grain, by the key that stands in for the number.
        Assert.Contains(Chats.KeyOf(Citizen), logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen[2..], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(FormSamples.ValidAadhaar, logs, StringComparison.Ordinal);
        Assert.DoesNotContain($"{FormSamples.ValidAadhaar[..4]} {FormSamples.ValidAadhaar[4..8]} {FormSamples.ValidAadhaar[8..]}", logs, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> Post(HttpClient http, string body, string secret = AppSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook")
        {
            Content = MetaSignature.SignedContent(Encoding.UTF8.GetBytes(body), Encoding.UTF8.GetBytes(secret)),
        };
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
