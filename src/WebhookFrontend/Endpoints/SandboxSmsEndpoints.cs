using ManaMitra.Grains.Sms;

namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary>
/// What the sandbox's SMS gateway was sent, for the simulator's SMS panel: <c>GET /sandbox/sms?after=&amp;wait=</c>
/// answers the messages after that sequence, waiting up to <c>wait</c> seconds (at most 25) for one. Mapped only in
/// sandbox mode, where the gateway is the in-process <see cref="SandboxSmsInbox"/> and no SMS reaches a phone.
/// </summary>
public static class SandboxSmsEndpoints
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(25);

    public static void MapSandboxSms(this IEndpointRouteBuilder app) => app.MapGet("/sandbox/sms", Read);

    private static async Task<IResult> Read(long? after, int? wait, SandboxSmsInbox inbox, CancellationToken cancellationToken)
    {
        var patience = wait is { } seconds ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, LongPoll.TotalSeconds)) : LongPoll;
        var received = await inbox.ReadAsync(after ?? 0, patience, cancellationToken);
        // The number masked as the chat shows it: the simulator is a page anyone on the sandbox may open.
        return Results.Ok(received.Select(m => new SandboxSmsOutput(m.Sequence, m.MaskedTo, m.Message, m.ReceivedAt)));
    }
}

/// <summary>An SMS as the simulator shows it.</summary>
public sealed record SandboxSmsOutput(long Sequence, string To, string Message, DateTimeOffset ReceivedAt);
