using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Testing;

/// <summary>
/// Meta's Cloud API faked at its HTTP boundary: it accepts <c>POST /{version}/{phone-number-id}/messages</c>, serves
/// the media citizens sent (<see cref="Media"/>) and answers as Meta does, misbehaving when told to (<see cref="Faults"/>). Tests read what it recorded; a load run records
/// nothing and has each answer reported to an <see cref="Observer"/> instead, so the fake stays cheap at thousands of
/// requests a second (<see cref="FakeCloudApiOptions.RecordRequests"/>).
/// </summary>
public sealed class FakeCloudApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _record;
    private readonly string? _expectedAuthorization;
    private readonly ConcurrentQueue<CloudApiRequest> _requests = new();
    private readonly ConcurrentQueue<Answer> _answered = new();
    private int _received;
    private long _sent;

    private FakeCloudApi(WebApplication app, FakeCloudApiOptions options)
    {
        _app = app;
        _record = options.RecordRequests;
        _expectedAuthorization = options.AccessToken is null ? null : $"Bearer {options.AccessToken}";
        Media = new FakeMedia(_expectedAuthorization, () => BaseUrl);
    }

    /// <summary>The files citizens sent, for the media endpoints to serve.</summary>
    public FakeMedia Media { get; }

    /// <summary>Every request that arrived, answered or not, when recording.</summary>
    public IReadOnlyCollection<CloudApiRequest> Requests => _requests;

    /// <summary>
    /// The requests answered with success while their sender was still waiting, in arrival order, when recording. A
    /// sender that gave up on an attempt (its timeout fired first) rightly sends again, and the Cloud API has no
    /// idempotency key, so a late answer is a duplicate no sender can prevent; counting it would make exactly-once
    /// tests fail on a slow machine.
    /// </summary>
    public IReadOnlyList<CloudApiRequest> Delivered => _answered.Where(a => !a.Abandoned).Select(a => a.Request).ToList();

    /// <summary>
    /// Decides, per request (numbered from 1), whether to misbehave as the real Cloud API sometimes does.
    /// Null or <see cref="CloudApiFault.None"/> answers normally.
    /// </summary>
    public Func<int, CloudApiFault>? Faults { get; set; }

    /// <summary>Who is told of each answer; a load run swaps it after the warm-up so warm-up replies are not measured.</summary>
    public ICloudApiObserver? Observer { get; set; }

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>A recording fake on loopback and <paramref name="port"/> (0: any free port).</summary>
    public static Task<FakeCloudApi> StartAsync(int port = 0) => StartAsync(new FakeCloudApiOptions { Port = port });

    public static async Task<FakeCloudApi> StartAsync(FakeCloudApiOptions options, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.Address, options.Port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeCloudApi(app, options);
        app.MapPost("/{version}/{phoneNumberId}/messages", fake.AcceptAsync);
        fake.Media.Map(app);
        await app.StartAsync(cancellationToken);
        return fake;
    }

    /// <summary>
    /// The message ids this fake gave the messages it delivered to <paramref name="recipient"/>, in arrival order
    /// (read receipts get no id). Matched against the ids an outbox recorded, they show every reply sent once, in order.
    /// </summary>
    public IReadOnlyList<string> MessageIdsDeliveredTo(string recipient) =>
        _answered.Where(a => !a.Abandoned && a.MessageId is not null && a.Request.To == recipient).Select(a => a.MessageId!).ToList();

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task<IReadOnlyList<CloudApiRequest>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (_requests.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"expected {count} Cloud API requests, got {_requests.Count}");
            }

            await Task.Delay(20);
        }

        return _requests.ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        // Taken before the body is read: a reply has arrived once its request has.
        var arrivedAt = Stopwatch.GetTimestamp();
        var observer = Observer;
        var recorded = _record ? await RecordAsync(context) : null;
        if (_expectedAuthorization is not null && context.Request.Headers.Authorization != _expectedAuthorization)
        {
            observer?.Refused();
            await WriteAsync(context, StatusCodes.Status401Unauthorized, MetaError(190, "Invalid OAuth access token."));
            return;
        }

        var fault = Faults?.Invoke(Interlocked.Increment(ref _received)) ?? CloudApiFault.None;
        if (fault != CloudApiFault.None)
        {
            observer?.Faulted(fault);
            await MisbehaveAsync(context, fault);
            return;
        }

        // Unrecorded, the body is only read, in pooled memory, for what the answer and the observer need.
        using var parsed = recorded is null ? await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) : null;
        var body = recorded?.Body ?? parsed!.RootElement;
        if (CloudApiRequest.IsReadReceiptBody(body))
        {
            Answered(context, recorded, messageId: null);
            observer?.ReadReceipt();
            await WriteAsync(context, StatusCodes.Status200OK, new { success = true });
            return;
        }

        if (!body.TryGetProperty("to", out var toElement) || toElement.GetString() is not { Length: > 0 } to)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, MetaError(100, "The parameter to is required."));
            return;
        }

        var messageId = $"wamid.fake.{Interlocked.Increment(ref _sent)}";
        Answered(context, recorded, messageId);
        observer?.Reply(to, arrivedAt, isDocument: body.TryGetProperty("type", out var type) && type.ValueEquals("document"));
        await WriteAsync(context, StatusCodes.Status200OK, new
        {
            messaging_product = "whatsapp",
            contacts = new[] { new { input = to, wa_id = to } },
            messages = new[] { new { id = messageId } },
        });
    }

    private async Task<CloudApiRequest> RecordAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var request = new CloudApiRequest(
            (string)context.Request.RouteValues["version"]!,
            (string)context.Request.RouteValues["phoneNumberId"]!,
            context.Request.Headers.Authorization.ToString(),
            body.RootElement.Clone(),
            context.Request.Headers["traceparent"].ToString());
        _requests.Enqueue(request);
        return request;
    }

    // Kept, when recording, in arrival order; abandoned if the sender hangs up before the answer is complete.
    private void Answered(HttpContext context, CloudApiRequest? recorded, string? messageId)
    {
        if (recorded is null)
        {
            return;
        }

        var answer = new Answer(recorded, messageId);
        _answered.Enqueue(answer);
        // Once the response is complete the connection may close normally; only an abort before then is a sender giving up.
        var abandoned = context.RequestAborted.Register(() => answer.Abandoned = true);
        context.Response.OnCompleted(() =>
        {
            abandoned.Dispose();
            return Task.CompletedTask;
        });
    }

    private static async Task MisbehaveAsync(HttpContext context, CloudApiFault fault)
    {
        switch (fault)
        {
            case CloudApiFault.Throttle:
                await WriteAsync(context, StatusCodes.Status429TooManyRequests, MetaError(130429, "(#130429) Rate limit hit"));
                break;
            case CloudApiFault.ServerError:
                await WriteAsync(context, StatusCodes.Status500InternalServerError, MetaError(131000, "Something went wrong"));
                break;
            case CloudApiFault.Hang:
                // Never answers: the client's own timeout must end the attempt.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case CloudApiFault.Reset:
                context.Abort();
                break;
            case CloudApiFault.OutsideWindow:
                await WriteAsync(context, StatusCodes.Status400BadRequest, MetaError(131047, "Re-engagement message"));
                break;
        }
    }

    private static Task WriteAsync<T>(HttpContext context, int status, T body)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(body);
    }

    private static object MetaError(int code, string message) =>
        new { error = new { message, type = "OAuthException", code, error_data = new { messaging_product = "whatsapp", details = message }, fbtrace_id = "AbCdEf" } };

    /// <summary>A success answer; abandoned when its sender hung up before the answer was complete.</summary>
    private sealed class Answer(CloudApiRequest request, string? messageId)
    {
        public CloudApiRequest Request { get; } = request;

        public string? MessageId { get; } = messageId;

        public bool Abandoned { get; set; }
    }
}
