using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ManaMitra.WhatsApp.Webhooks;

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

    /// <summary>Every request that arrived, answered or not.</summary>
    public ConcurrentQueue<CloudApiRequest> Requests { get; } = new();

    /// <summary>
    /// The requests answered with success while their sender was still waiting, in arrival order. A sender that gave
    /// up on an attempt (its timeout fired first) rightly sends again, and the Cloud API has no idempotency key, so a
    /// late answer is a duplicate no sender can prevent; counting it would make exactly-once tests fail on a slow machine.
    /// </summary>
    public IReadOnlyList<CloudApiRequest> Delivered => _answered.Where(a => !a.Abandoned).Select(a => a.Request).ToList();

    private readonly ConcurrentQueue<Answer> _answered = new();

    /// <summary>
    /// The message ids this fake gave the messages it delivered to <paramref name="recipient"/>, in arrival order
    /// (read receipts get no id). Matched against the ids an outbox recorded, they show every reply sent once, in order.
    /// </summary>
    public IReadOnlyList<string> MessageIdsDeliveredTo(string recipient) =>
        _answered.Where(a => !a.Abandoned && a.MessageId is not null && a.Request.To == recipient).Select(a => a.MessageId!).ToList();

    /// <summary>
    /// Decides, per request (numbered from 1), whether to misbehave as the real Cloud API sometimes does.
    /// Null or <see cref="CloudApiFault.None"/> answers normally.
    /// </summary>
    public Func<int, CloudApiFault>? Faults { get; set; }

    private int _received;

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>Starts on <paramref name="port"/> (0: any free port) — a known port lets a test start the fake late, after sends were refused.</summary>
    public static async Task<FakeCloudApi> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
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

    /// <summary>A success answer, kept in arrival order; abandoned when its sender hung up before the answer was complete.</summary>
    private sealed class Answer(CloudApiRequest request, string? messageId)
    {
        public CloudApiRequest Request { get; } = request;

        public string? MessageId { get; } = messageId;

        public bool Abandoned { get; set; }
    }

    private async Task<IResult> Accept(HttpContext context, string version, string phoneNumberId)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var json = JsonDocument.Parse(body).RootElement.Clone();
        var request = new CloudApiRequest(version, phoneNumberId, context.Request.Headers.Authorization.ToString(), json, context.Request.Headers["traceparent"].ToString());
        Requests.Enqueue(request);

        switch (Faults?.Invoke(Interlocked.Increment(ref _received)) ?? CloudApiFault.None)
        {
            case CloudApiFault.Throttle:
                return Results.Json(MetaError(130429, "Rate limit hit"), statusCode: StatusCodes.Status429TooManyRequests);
            case CloudApiFault.ServerError:
                return Results.Json(MetaError(131000, "Something went wrong"), statusCode: StatusCodes.Status500InternalServerError);
            case CloudApiFault.Hang:
                // Never answers: the client's own timeout must end the attempt.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.Empty;
            case CloudApiFault.Reset:
                context.Abort();
                return Results.Empty;
            case CloudApiFault.OutsideWindow:
                return Results.Json(MetaError(131047, "Re-engagement message"), statusCode: StatusCodes.Status400BadRequest);
        }

        var messageId = request.IsReadReceipt ? null : $"wamid.fake.{Interlocked.Increment(ref _sent)}";
        var answer = new Answer(request, messageId);
        _answered.Enqueue(answer);
        // Once the response is complete the connection may close normally; only an abort before then is a sender giving up.
        var abandoned = context.RequestAborted.Register(() => answer.Abandoned = true);
        context.Response.OnCompleted(() =>
        {
            abandoned.Dispose();
            return Task.CompletedTask;
        });
        if (messageId is null)
        {
            return Results.Json(new { success = true });
        }

        return Results.Json(new
        {
            messaging_product = "whatsapp",
            contacts = new[] { new { input = request.To, wa_id = request.To } },
            messages = new[] { new { id = messageId } },
        });
    }

    private static object MetaError(int code, string message) =>
        new { error = new { message, type = "OAuthException", code, error_data = new { messaging_product = "whatsapp", details = message }, fbtrace_id = "AbCdEf" } };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The ways the fake Cloud API misbehaves, each as Meta or the network really does.</summary>
public enum CloudApiFault
{
    None,
    Throttle,
    ServerError,
    Hang,
    Reset,
    OutsideWindow,
}

/// <param name="TraceParent">The W3C trace context the sender propagated (empty when none).</param>
public sealed record CloudApiRequest(string Version, string PhoneNumberId, string Authorization, JsonElement Body, string TraceParent)
{
    public bool IsReadReceipt => Body.TryGetProperty("status", out _);

    /// <summary>The recipient of a message; null for a read receipt, which names the message it marks instead.</summary>
    public string? To => Body.TryGetProperty("to", out var to) ? to.GetString() : null;

    /// <summary>The citizen's message a read receipt marks as read; null for a message.</summary>
    public string? MarksRead => IsReadReceipt ? Body.GetProperty("message_id").GetString() : null;
}
