using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Grains.Departments;
using ManaMitra.Hosting;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.Messages;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.Tests.Observability;

/// <summary>
/// The frontend process with its default log levels, sending through a (fake) Cloud API: a citizen's "hi", language
/// and one service leave one line per message and one for the service, all ManaMitra's own. Polly, HttpClient,
/// Orleans and ASP.NET Core, which run all along (the Orleans Dashboard polls every second), print nothing at
/// Information, and the citizen's number appears nowhere.
/// </summary>
public sealed class ApplicationLogTests
{
    private const string Citizen = "919000004242";
    private const string AppSecret = "application-log-test-secret";
    private const string Service = "emergency-services";

    [Fact]
    public async Task A_conversation_logs_one_line_per_message_and_per_service_run_and_no_library_lines_at_information()
    {
        await using var cloud = await FakeCloudApi.StartAsync();
        var url = $"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}";
        var environment = new Dictionary<string, string>(TestSecrets.Settings("__"))
        {
            ["ASPNETCORE_URLS"] = url,
            ["WhatsApp__AppSecret"] = AppSecret,
            ["WhatsApp__AccessToken"] = "EAAG-log-test-token",
            ["WhatsApp__PhoneNumberId"] = MetaWebhooks.PhoneNumberId,
            ["WhatsApp__GraphApiBaseUrl"] = cloud.BaseUrl,
            ["Orleans__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            // The format only, so the test can read each entry's level and category; the levels are the host's own.
            ["Logging__Console__FormatterName"] = "json",
        };
        await using var frontend = HostProcess.Start("frontend", HostAssemblies.Frontend, environment);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        await Eventually.Until(() => HealthProbe.ReadyAsync(http), ready => ready || frontend.HasExited, TimeSpan.FromSeconds(90));
        Assert.False(frontend.HasExited, frontend.Output);

        await Say(http, MetaWebhooks.Text(Citizen, "wamid.applog-1", "Hi"));
        await Say(http, MetaWebhooks.Choice(Citizen, "wamid.applog-2", ChoiceIds.ForLanguage("en")));
        await Say(http, MetaWebhooks.Choice(Citizen, "wamid.applog-3", ChoiceIds.Apply(Service)));
        // The service's answer went through HttpClient and its resilience pipeline: what they log has been logged.
        await Eventually.Until(() => Task.FromResult(cloud.Requests.ToList()), AnsweredBeforeLastReceipt, TimeSpan.FromSeconds(60));

        // SIGTERM flushes the console logger before the process exits.
        frontend.Terminate();
        Assert.Equal(0, await frontend.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var output = frontend.Output;
        var entries = Entries(output);

        var information = entries.Where(e => e.Level == "Information").ToList();
        Assert.All(information, e => Assert.StartsWith("ManaMitra.", e.Category, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => IsLibraryChatter(e.Category) && e.Level is "Trace" or "Debug" or "Information");

        var messagesIn = information.Where(e => e.Is("MessageRouter")).Select(e => e.Message).ToList();
        Assert.Equal(3, messagesIn.Count);
        // The citizen is named by their conversation's key, not their number.
        var key = Regex.Escape(Chats.KeyOf(Citizen));
        Assert.Matches($@"^Message in from {key}: Text, Accepted in \d+\.\d ms$", messagesIn[0]);
        Assert.Matches($@"^Message in from {key}: ListReply, Accepted in \d+\.\d ms$", messagesIn[2]);

        var served = Assert.Single(information, e => e.Is("DepartmentServiceGrain"));
        Assert.Matches($@"^Service health/{Service}: Completed in \d+\.\d ms$", served.Message);
        Assert.Single(information, e => e.Is("StartupSummary") && e.Message.Contains(" ready on ", StringComparison.Ordinal));

        Assert.DoesNotContain(Citizen, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen[2..], output, StringComparison.Ordinal);
    }

    private static bool IsLibraryChatter(string category) =>
        category.StartsWith("Polly", StringComparison.Ordinal)
        || category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal)
        || category.StartsWith("Orleans", StringComparison.Ordinal)
        || category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

    /// <summary>
    /// The read receipt of the last message reached the Cloud API, and a message before it, after the previous
    /// message's receipt: the service's answer (a receipt follows the replies to its message, and a citizen's entries
    /// leave in order).
    /// </summary>
    private static bool AnsweredBeforeLastReceipt(IReadOnlyList<CloudApiRequest> requests)
    {
        var list = requests.ToList();
        var previous = list.FindIndex(r => r.MarksRead == "wamid.applog-2");
        var last = list.FindIndex(r => r.MarksRead == "wamid.applog-3");
        return previous >= 0 && last > previous && list.Skip(previous + 1).Take(last - previous - 1).Any(r => r.To == Citizen);
    }

    private static async Task Say(HttpClient http, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Content.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(bytes, Encoding.UTF8.GetBytes(AppSecret)));
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The JSON console formatter's entries; anything else on the console (there should be nothing) is skipped.</summary>
    private static List<LogEntry> Entries(string output)
    {
        var entries = new List<LogEntry>();
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith("{\"EventId\"", StringComparison.Ordinal))
            {
                continue;
            }

            var root = JsonDocument.Parse(line).RootElement;
            entries.Add(new LogEntry(root.GetProperty("LogLevel").GetString()!, root.GetProperty("Category").GetString()!, root.GetProperty("Message").GetString()!));
        }

        Assert.NotEmpty(entries);
        return entries;
    }

    private sealed record LogEntry(string Level, string Category, string Message)
    {
        /// <summary>By class name alone: the namespaces move as the projects are split, the classes stay.</summary>
        public bool Is(string type) => Category.EndsWith($".{type}", StringComparison.Ordinal);
    }
}
