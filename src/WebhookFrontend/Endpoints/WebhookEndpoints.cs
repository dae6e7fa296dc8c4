using System.Text;
using ManaMitra.Observability;
using ManaMitra.WebhookFrontend.Routing;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.CloudApi;
using ManaMitra.WhatsApp.Webhooks;
using Microsoft.Extensions.Options;

namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary>
/// <c>GET /webhook</c> (Meta's verification handshake) and <c>POST /webhook</c> (events). A POST is answered 200 only
/// after every message in it is durably in its citizen's grain; nothing of a rejected request reaches a grain.
/// </summary>
public static partial class WebhookEndpoints
{
    public static void MapWebhook(this IEndpointRouteBuilder app)
    {
        app.MapGet("/webhook", Handshake);
        app.MapPost("/webhook", Receive);
    }

    private static IResult Handshake(HttpRequest request, IOptions<WhatsAppOptions> whatsApp)
    {
        var query = request.Query;
        var token = whatsApp.Value.VerifyToken;
        if (query["hub.mode"] != "subscribe" || string.IsNullOrEmpty(token) || !FixedEquals(query["hub.verify_token"].ToString(), token))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return Results.Text(query["hub.challenge"].ToString(), "text/plain");
    }

    private static async Task<IResult> Receive(
        HttpContext context,
        MessageRouter router,
        IOptions<WhatsAppOptions> whatsApp,
        IOptions<WebhookOptions> options,
        CitizenKeys keys,
        ManaMitraMetrics metrics,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(WebhookEndpoints));
        var limits = options.Value;
        var body = await RequestBody.ReadAsync(context.Request, limits.MaxBodyBytes, context.RequestAborted);
        var remote = context.Connection.RemoteIpAddress?.ToString();
        if (body is null)
        {
            LogTooLarge(logger, limits.MaxBodyBytes, remote);
            metrics.Webhook(WebhookOutcome.TooLarge);
            return Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The body exceeds {limits.MaxBodyBytes} bytes.");
        }

        var secret = whatsApp.Value.AppSecret;
        // Without a secret (allowed only in Development, checked at start-up) signatures cannot be checked.
        if (!string.IsNullOrEmpty(secret) && !WebhookSignature.IsValid(body, context.Request.Headers[WebhookSignature.HeaderName], Encoding.UTF8.GetBytes(secret)))
        {
            LogForged(logger, remote);
            metrics.Webhook(WebhookOutcome.BadSignature);
            return Problem(StatusCodes.Status401Unauthorized, "Bad signature", $"{WebhookSignature.HeaderName} is missing or does not match the body.");
        }

        WebhookBatch batch;
        try
        {
            batch = WebhookParser.Parse(body, keys);
        }
        catch (WebhookParseException e)
        {
            // The parser's messages name a JSON position, never the body's content.
            LogMalformed(logger, remote, e.Message);
            metrics.Webhook(WebhookOutcome.Malformed);
            return Problem(StatusCodes.Status400BadRequest, "Malformed webhook", e.Message);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(limits.Timeout);
        // The grain calls below carry this span (Orleans' activity propagation), and so do the replies they queue.
        using var span = ManaMitraTracing.Source.StartActivity("webhook route");
        span?.SetTag("manamitra.webhook.messages", batch.Messages.Count);
        span?.SetTag("manamitra.webhook.statuses", batch.Statuses.Count);
        try
        {
            var summary = await router.RouteAsync(batch, deadline.Token).WaitAsync(deadline.Token);
            metrics.Webhook(WebhookOutcome.Ok);
            return RouteSummaryJson.Ok(summary);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogTimedOut(logger, limits.Timeout);
            metrics.Webhook(WebhookOutcome.Unavailable);
            return Problem(StatusCodes.Status503ServiceUnavailable, "Busy", "The cluster did not answer in time; retry later.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Meta retries any non-2xx; the grains' dedupe makes that retry safe, so failing loudly loses nothing.
            LogRouteFailed(logger, e);
            metrics.Webhook(WebhookOutcome.Unavailable);
            return Problem(StatusCodes.Status503ServiceUnavailable, "Not processed", "The message could not be stored; retry later.");
        }
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    private static bool FixedEquals(string a, string b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook refused (413): body over {MaxBytes} bytes from {Remote}")]
    private static partial void LogTooLarge(ILogger logger, long maxBytes, string? remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook refused (401): bad signature from {Remote}")]
    private static partial void LogForged(ILogger logger, string? remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook refused (400) from {Remote}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string? remote, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook answered 503: grains did not answer within {Timeout}")]
    private static partial void LogTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook answered 503: routing failed")]
    private static partial void LogRouteFailed(ILogger logger, Exception exception);
}
