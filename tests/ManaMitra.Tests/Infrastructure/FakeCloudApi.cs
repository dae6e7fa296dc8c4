using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// Meta's Cloud API faked at its HTTP boundary, on loopback: it accepts <c>POST /{version}/{phone-number-id}/messages</c>
/// and answers exactly as Meta does, recording every request so tests can read what was sent.
/// </summary>
public sealed class FakeCloudApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _sent;

    private FakeCloudApi(WebApplication app) => _app = app;

    public ConcurrentQueue<CloudApiRequest> Requests { get; } = new();

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<FakeCloudApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeCloudApi(app);
        app.MapPost("/{version}/{phoneNumberId}/messages", fake.Accept);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task<IReadOnlyList<CloudApiRequest>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Requests.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"expected {count} Cloud API requests, got {Requests.Count}");
            }

            await Task.Delay(20);
        }

        return Requests.ToList();
    }

    private async Task<IResult> Accept(HttpContext context, string version, string phoneNumberId)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Requests.Enqueue(new CloudApiRequest(version, phoneNumberId, context.Request.Headers.Authorization.ToString(), json));

        if (json.TryGetProperty("status", out _))
        {
            return Results.Json(new { success = true });
        }

        var to = json.TryGetProperty("to", out var t) ? t.GetString() : null;
        return Results.Json(new
        {
            messaging_product = "whatsapp",
            contacts = new[] { new { input = to, wa_id = to } },
            messages = new[] { new { id = $"wamid.fake.{Interlocked.Increment(ref _sent)}" } },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record CloudApiRequest(string Version, string PhoneNumberId, string Authorization, JsonElement Body)
{
    public bool IsReadReceipt => Body.TryGetProperty("status", out _);
}
