using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Http;

/// <summary>
/// The simulator's contract is unchanged by keyed conversations: it names a citizen by their number to send and to
/// read, while the conversation behind it is keyed by the number's hash, as a webhook's would be.
/// </summary>
public sealed class SandboxMessagesTests : IAsyncLifetime
{
    private const string Citizen = "919123400001";

    private RunningFrontend _frontend = null!;

    public async Task InitializeAsync() => _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>());

    public async Task DisposeAsync() => await _frontend.DisposeAsync();

    [Fact]
    public async Task A_citizen_named_by_number_sends_and_reads_their_replies_by_that_number()
    {
        var sent = await _frontend.Http.PostAsJsonAsync("/sandbox/messages", new { citizenId = Citizen, text = "Hi" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        // The read receipt comes first, addressed by message id; the reply after it is addressed to the number.
        var replies = new List<JsonElement>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!replies.Exists(m => m.GetProperty("body").TryGetProperty("to", out _)))
        {
            Assert.True(DateTime.UtcNow < deadline, "no reply within 30 s");
            var after = replies.Count == 0 ? 0 : replies[^1].GetProperty("sequence").GetInt64();
            replies.AddRange((await _frontend.Http.GetFromJsonAsync<JsonElement[]>($"/sandbox/messages?citizenId={Citizen}&after={after}&wait=5"))!);
        }

        Assert.Equal(Citizen, replies.Single(m => m.GetProperty("body").TryGetProperty("to", out _)).GetProperty("body").GetProperty("to").GetString());
        var grains = _frontend.Services.GetRequiredService<IGrainFactory>();
        Assert.NotEmpty(await grains.ChatOf(Citizen).Outbox());
        // No conversation is keyed by the number itself.
        Assert.Empty(await grains.GetGrain<ICitizenChatGrain>(Citizen).Outbox());
    }
}
