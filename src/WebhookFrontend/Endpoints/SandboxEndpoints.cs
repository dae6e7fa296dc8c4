using System.Text.Json;
using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.WebhookFrontend.Routing;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.Media;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary>
/// The simulator's back end, mapped only in sandbox mode. A message typed in the simulator goes through the same
/// router and grain as a webhook; replies are read back from the sandbox channel as Meta's exact JSON bodies. The
/// simulator names citizens by their number, as Meta does; their conversation is keyed as a webhook's would be.
/// </summary>
public static class SandboxEndpoints
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(25);

    public static void MapSandbox(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sandbox/messages", Send);
        app.MapGet("/sandbox/messages", Read);
        app.MapPost("/sandbox/media", Upload);
    }

    // WhatsApp's own ceiling for a media file; what a service takes is its own, smaller, limit.
    private const long LargestUpload = 100L * 1024 * 1024;

    /// <summary>
    /// A file the simulator's citizen attaches: the body as sent, typed by its Content-Type, which must be one WhatsApp
    /// accepts (<see cref="WhatsAppMediaTypes"/>); answers the media id to send.
    /// </summary>
    private static async Task<IResult> Upload(HttpRequest request, SandboxMedia media, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { Length: > 0 } type || request.ContentLength is not > 0 and <= LargestUpload)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No file",
                detail: "Send the file as the body, with its Content-Type and a length up to 100 MB.");
        }

        if (!WhatsAppMediaTypes.Accepts(type))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a type WhatsApp sends",
                detail: $"{type} is not a type WhatsApp accepts; send one of {string.Join(", ", WhatsAppMediaTypes.All)}.");
        }

        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, cancellationToken);
        return Results.Ok(new { id = media.Add(content.ToArray(), type) });
    }

    private static async Task<IResult> Send(SandboxInput input, MessageRouter router, SandboxMedia media, CitizenKeys keys, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.CitizenId) || Kind(input, media) is not { } kind)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Nothing to send",
                detail: "Give citizenId and text, replyId, mediaId (with an optional text as its caption) or latitude and longitude.");
        }

        var citizen = input.CitizenId.Trim();
        var message = new InboundMessage
        {
            MessageId = $"wamid.sandbox-in.{Guid.NewGuid():N}",
            CitizenId = keys.Of(citizen),
            ReplyTo = citizen,
            SentAt = DateTimeOffset.UtcNow,
            Kind = kind,
            Text = input.Text,
            ReplyId = input.ReplyId,
            MediaId = input.MediaId,
            Location = input is { Latitude: { } latitude, Longitude: { } longitude } ? new GeoPoint(latitude, longitude, null, null) : null,
        };
        return RouteSummaryJson.Ok(await router.RouteAsync(WebhookBatch.Of(message), cancellationToken));
    }

    // A file goes as the kind of message WhatsApp would carry it in: a picture, a voice note, a document.
    private static InboundKind? Kind(SandboxInput input, SandboxMedia media) => input switch
    {
        { MediaId: { Length: > 0 } id } => media.KindOf(id),
        { Latitude: not null, Longitude: not null } => InboundKind.Location,
        { ReplyId: { Length: > 0 }, FromList: true } => InboundKind.ListReply,
        { ReplyId: { Length: > 0 } } => InboundKind.ButtonReply,
        { Text: { } text } when !string.IsNullOrWhiteSpace(text) => InboundKind.Text,
        _ => null,
    };

    /// <summary>Replies after sequence <paramref name="after"/>, waiting up to <paramref name="wait"/> seconds (at most 25) for one.</summary>
    private static async Task<IResult> Read(string citizenId, long? after, int? wait, SandboxChannel channel, CancellationToken cancellationToken)
    {
        var patience = wait is { } seconds ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, LongPoll.TotalSeconds)) : LongPoll;
        var messages = await channel.ReadAsync(citizenId, after ?? 0, patience, cancellationToken);
        return Results.Ok(messages.Select(m => new SandboxOutput(m.Sequence, m.MessageId, JsonDocument.Parse(m.Body).RootElement, m.SentAt)));
    }
}

/// <summary>
/// What the simulator sends: typed text; the id and title of a tapped button or list row; a photo uploaded to
/// <c>/sandbox/media</c>, with the text as its caption; or a shared location.
/// </summary>
public sealed record SandboxInput(
    string CitizenId,
    string? Text,
    string? ReplyId,
    bool FromList = false,
    string? MediaId = null,
    double? Latitude = null,
    double? Longitude = null);

/// <summary>A reply as the simulator shows it: the Cloud API body exactly as it would have been sent to Meta.</summary>
public sealed record SandboxOutput(long Sequence, string MessageId, JsonElement Body, DateTimeOffset SentAt);
