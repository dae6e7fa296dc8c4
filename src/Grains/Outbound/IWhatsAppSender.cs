namespace ManaMitra.Outbound;

/// <summary>
/// Delivers one rendered Cloud API message body. The Cloud API client and the sandbox channel implement it,
/// so a citizen's grain does not know whether it talks to Meta or to the simulator.
/// </summary>
public interface IWhatsAppSender
{
    Task<SendResult> SendAsync(string citizenId, string body, CancellationToken cancellationToken);
}

/// <summary>
/// How a send ended. The outbox acts on the kind: advance, retry later, or record and move on. Serializable: the
/// dispatcher reports it back to the citizen's grain.
/// </summary>
[GenerateSerializer, Immutable]
public abstract record SendResult
{
    /// <summary>Meta accepted the message and gave it this <c>wamid</c>.</summary>
    [GenerateSerializer, Immutable]
    public sealed record Accepted([property: Id(0)] string MessageId) : SendResult;

    /// <summary>
    /// A passing failure (throttling, 5xx, timeout, refused connection, open circuit): send the same entry again later.
    /// When the Cloud API answered, its HTTP status and Meta's error code (0 when the body had none) say why; both
    /// stay 0 when no answer came.
    /// </summary>
    [GenerateSerializer, Immutable]
    public sealed record Transient(
        [property: Id(0)] string Reason,
        [property: Id(1)] TimeSpan? RetryAfter = null,
        [property: Id(2)] int HttpStatus = 0,
        [property: Id(3)] int Code = 0) : SendResult;

    /// <summary>Meta will never take this message (e.g. 131047 outside the 24-hour window): record it and go on.</summary>
    [GenerateSerializer, Immutable]
    public sealed record Rejected([property: Id(0)] int Code, [property: Id(1)] string Reason, [property: Id(2)] int HttpStatus = 0) : SendResult;
}
