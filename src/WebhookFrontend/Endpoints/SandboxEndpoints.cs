using System.Text.Json;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.WebhookFrontend.Routing;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary>
/// The simulator's back end, mapped only in sandbox mode. A message typed in the simulator goes through the same
/// router and grain as a webhook; replies are read back from the sandbox channel as Meta's exact JSON bodies.
/// </summary>
public static class SandboxEndpoints
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(25);

    public static void MapSandbox(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sandbox/messages", Send);
        app.MapGet("/sandbox/messages", Read);
    }

    private static async Task<IResult> Send(SandboxInput input, MessageRouter router, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.CitizenId) || (string.IsNullOrWhiteSpace(input.Text) && string.IsNullOrWhiteSpace(input.ReplyId)))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Nothing to send", detail: "Give citizenId and text or replyId.");
        }

        var message = new InboundMessage
        {
            MessageId = $"wamid.sandbox-in.{Guid.NewGuid():N}",
            CitizenId = input.CitizenId.Trim(),
            SentAt = DateTimeOffset.UtcNow,
            Kind = input.ReplyId is null ? InboundKind.Text : input.FromList ? InboundKind.ListReply : InboundKind.ButtonReply,
            Text = input.Text,
            ReplyId = input.ReplyId,
        };
        var summary = await router.RouteAsync(WebhookBatch.Of(message), cancellationToken);
        return Results.Ok(summary);
    }

    /// <summary>Replies after sequence <paramref name="after"/>, waiting up to <paramref name="wait"/> seconds (at most 25) for one.</summary>
    private static async Task<IResult> Read(string citizenId, long? after, int? wait, SandboxChannel channel, CancellationToken cancellationToken)
    {
        var patience = wait is { } seconds ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, LongPoll.TotalSeconds)) : LongPoll;
        var messages = await channel.ReadAsync(citizenId, after ?? 0, patience, cancellationToken);
        return Results.Ok(messages.Select(m => new SandboxOutput(m.Sequence, m.MessageId, JsonDocument.Parse(m.Body).RootElement, m.SentAt)));
    }
}

/// <summary>What the simulator sends: typed text, or the id and title of a tapped button or list row.</summary>
public sealed record SandboxInput(string CitizenId, string? Text, string? ReplyId, bool FromList = false);

/// <summary>A reply as the simulator shows it: the Cloud API body exactly as it would have been sent to Meta.</summary>
public sealed record SandboxOutput(long Sequence, string MessageId, JsonElement Body, DateTimeOffset SentAt);
