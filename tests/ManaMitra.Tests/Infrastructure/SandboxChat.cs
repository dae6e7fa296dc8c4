using System.Net;
using System.Net.Http.Json;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>A citizen's side of the simulator on a running app: say something, read what was sent back.</summary>
public sealed class SandboxChat(RunningFrontend running)
{
    public async Task Says(string citizen, string? text = null, string? replyId = null)
    {
        var sent = await running.Http.PostAsJsonAsync("/sandbox/messages", new { citizenId = citizen, text, replyId });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
    }

    /// <summary>A citizen who has just written in English (inside the service window), so notices are session messages.</summary>
    public async Task Greets(string citizen)
    {
        await Says(citizen, text: "Hi");
        await Says(citizen, replyId: "lang:en");
    }

    /// <summary>The Cloud API bodies sent to the citizen so far, once their outbox is empty.</summary>
    public async Task<List<string>> Sent(string citizen)
    {
        await Outboxes.Drained(running.Services.GetRequiredService<IGrainFactory>().ChatOf(citizen));
        var channel = running.Services.GetRequiredService<SandboxChannel>();
        return [.. (await channel.ReadAsync(citizen, 0, TimeSpan.Zero, CancellationToken.None)).Select(m => m.Body)];
    }
}
