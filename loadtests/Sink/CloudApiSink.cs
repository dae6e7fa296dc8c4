using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ManaMitra.Documents;
using ManaMitra.WhatsApp.Messages;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.LoadTests.Sink;

/// <summary>
/// Meta's Cloud API faked at its HTTP boundary, inside the load tool: the system under test sends its replies here
/// (<c>POST /{version}/{phone-number-id}/messages</c>) and gets Meta's answers, while every reply's recipient and
/// arrival time go to <see cref="IReplyObserver"/> so latency is measured end to end, webhook in to reply out.
/// </summary>
public sealed class CloudApiSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _expectedAuthorization;
    private readonly SinkFaults _faults;
    private long _messageNumber;

    private CloudApiSink(WebApplication app, IReplyObserver observer, string? accessToken, SinkFaults faults)
    {
        _app = app;
        _faults = faults;
        Observer = observer;
        _expectedAuthorization = accessToken is null ? null : $"Bearer {accessToken}";
    }

    /// <summary>
    /// Listens on <paramref name="address"/>:<paramref name="port"/>; with <paramref name="accessToken"/>, a request
    /// without that bearer token is refused as Meta refuses it; <paramref name="faults"/> says how often a send is
    /// throttled or failed.
    /// </summary>
    public static async Task<CloudApiSink> StartAsync(IPAddress address, int port, IReplyObserver observer, string? accessToken, SinkFaults faults, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new CloudApiSink(app, observer, accessToken, faults);
        app.MapPost("/{version}/{phoneNumberId}/messages", sink.AcceptAsync);
        await app.StartAsync(cancellationToken);
        return sink;
    }

    /// <summary>Who is told of replies; a run swaps it after the warm-up so warm-up replies are not measured.</summary>
    public IReplyObserver Observer { get; set; }

    private async Task AcceptAsync(HttpContext context)
    {
        // Taken before the body is read: the reply has arrived once its request has.
        var arrivedAt = Stopwatch.GetTimestamp();
        if (_expectedAuthorization is not null && context.Request.Headers.Authorization != _expectedAuthorization)
        {
            Observer.Refused();
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(MetaError(190, "Invalid OAuth access token."));
            return;
        }

        switch (_faults.Pick(Random.Shared.NextDouble()))
        {
            case SinkFault.Throttled:
                Observer.Faulted(SinkFault.Throttled);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.Response.WriteAsJsonAsync(MetaError(130429, "(#130429) Rate limit hit"));
                return;
            case SinkFault.Failed:
                Observer.Faulted(SinkFault.Failed);
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsJsonAsync(MetaError(1, "An unknown error occurred"));
                return;
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = body.RootElement;
        if (root.TryGetProperty("status", out var status) && status.GetString() == "read")
        {
            Observer.ReadReceipt();
            await context.Response.WriteAsJsonAsync(new { success = true });
            return;
        }

        if (!root.TryGetProperty("to", out var toElement) || toElement.GetString() is not { Length: > 0 } to)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(MetaError(100, "The parameter to is required."));
            return;
        }

        var isDocument = root.TryGetProperty("type", out var type) && type.GetString() == "document";
        Observer.Reply(to, arrivedAt, isDocument);
        var wamid = $"wamid.sink.{Interlocked.Increment(ref _messageNumber)}";
        await context.Response.WriteAsJsonAsync(new
        {
            messaging_product = "whatsapp",
            contacts = new[] { new { input = to, wa_id = to } },
            messages = new[] { new { id = wamid } },
        });
    }

    private static object MetaError(int code, string message) =>
        new { error = new { message, type = "OAuthException", code, fbtrace_id = "loadtests" } };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Told of every request the system sends to the Cloud API.</summary>
public interface IReplyObserver
{
    void Reply(string citizenId, long arrivedAt, bool isDocument);

    void ReadReceipt();

    void Refused();

    /// <summary>A send the sink refused on purpose (<see cref="SinkFaults"/>); the system owes it again.</summary>
    void Faulted(SinkFault fault);
}
