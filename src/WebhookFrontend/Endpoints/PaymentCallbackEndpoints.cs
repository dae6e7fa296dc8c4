using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary>
/// <c>POST /payments/callback</c>: the payment gateway's signed callback. 401 when the signature is missing or wrong,
/// 400 when the body is not a gateway event, in both cases before anything reaches a grain; otherwise 200 once the
/// payment grain has settled the order, a duplicate or an event about nothing we know included (the gateway must
/// not retry those). A failure to settle is a 500, and the gateway's retry of it is harmless.
/// </summary>
public static partial class PaymentCallbackEndpoints
{
    public const string Path = "/payments/callback";

    // Razorpay's events are a few kilobytes; anything far larger is not one.
    private const long MaxBodyBytes = 64 * 1024;

    public static void MapPaymentCallback(this IEndpointRouteBuilder app) => app.MapPost(Path, Receive);

    private static async Task<IResult> Receive(HttpContext context, GatewaySecret secret, IGrainFactory grains, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(PaymentCallbackEndpoints));
        var remote = context.Connection.RemoteIpAddress?.ToString();
        var body = await RequestBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large", detail: $"The body exceeds {MaxBodyBytes} bytes.");
        }

        if (!GatewayCallback.IsSigned(body, context.Request.Headers[GatewayCallback.SignatureHeader], secret.Key))
        {
            LogForged(logger, remote);
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized, title: "Bad signature", detail: $"{GatewayCallback.SignatureHeader} is missing or does not match the body.");
        }

        GatewayCallback.Event? callback;
        try
        {
            callback = GatewayCallback.Read(body);
        }
        catch (FormatException e)
        {
            LogMalformed(logger, remote, e.Message);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed callback", detail: e.Message);
        }

        if (callback is null)
        {
            return Results.Ok(new { result = "ignored" });
        }

        var result = await grains.GetGrain<IPaymentGrain>(callback.Reference).Settle(callback.Report);
        return Results.Ok(new { result = result.ToString().ToLowerInvariant() });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment callback refused (401): bad signature from {Remote}")]
    private static partial void LogForged(ILogger logger, string? remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment callback refused (400) from {Remote}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string? remote, string reason);
}
