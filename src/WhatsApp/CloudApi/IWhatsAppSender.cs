namespace ManaMitra.WhatsApp.CloudApi;

/// <summary>
/// Delivers one rendered Cloud API message body. The Cloud API client and the sandbox channel implement it,
/// so a citizen's grain does not know whether it talks to Meta or to the simulator.
/// </summary>
public interface IWhatsAppSender
{
    /// <param name="recipient">The WhatsApp number or business-scoped user id <paramref name="body"/> is addressed to.</param>
    Task<SendResult> SendAsync(string recipient, string body, CancellationToken cancellationToken);
}

/// <summary>
/// How a send ended. The outbox acts on the kind: advance, retry later, or record and move on. The protocol knows no
/// Orleans; <c>SendResultSurrogates</c> in the grain interfaces carry it back from the dispatcher to the citizen's grain.
/// </summary>
public abstract record SendResult
{
    /// <summary>Meta accepted the message and gave it this <c>wamid</c>.</summary>
    public sealed record Accepted(string MessageId) : SendResult;

    /// <summary>
    /// A passing failure (throttling, 5xx, timeout, refused connection, open circuit): send the same entry again later.
    /// When the Cloud API answered, its HTTP status and Meta's error code (0 when the body had none) say why; both
    /// stay 0 when no answer came.
    /// </summary>
    public sealed record Transient(
        string Reason,
        TimeSpan? RetryAfter = null,
        int HttpStatus = 0,
        int Code = 0) : SendResult;

    /// <summary>Meta will never take this message (e.g. 131047 outside the 24-hour window): record it and go on.</summary>
    public sealed record Rejected(int Code, string Reason, int HttpStatus = 0) : SendResult;
}
