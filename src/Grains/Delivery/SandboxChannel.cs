using ManaMitra.WhatsApp.CloudApi;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// The outbound channel when no Cloud API token is configured: replies are kept in process, per citizen, for the
/// simulator page to read. Citizens are known here by their number (or business-scoped user id), as the simulator
/// names them, not by their conversation's key. It speaks the same message bodies as the Cloud API, so the simulator shows exactly
/// what Meta would have been sent.
/// </summary>
public sealed class SandboxChannel : IWhatsAppSender
{
    // Bounded so a long-running sandbox cannot grow without limit; the simulator only needs the recent past.
    private const int KeptPerCitizen = 200;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Mailbox> _mailboxes = new(StringComparer.Ordinal);

    public Task<SendResult> SendAsync(string recipient, string body, CancellationToken cancellationToken)
    {
        TaskCompletionSource arrived;
        string id;
        lock (_gate)
        {
            var mailbox = MailboxOf(recipient);
            mailbox.Sequence++;
            id = $"wamid.sandbox.{recipient}.{mailbox.Sequence}";
            mailbox.Messages.Add(new SandboxMessage(mailbox.Sequence, id, body, DateTimeOffset.UtcNow));
            if (mailbox.Messages.Count > KeptPerCitizen)
            {
                mailbox.Messages.RemoveAt(0);
            }

            arrived = mailbox.Arrived;
            mailbox.Arrived = NewSignal();
        }

        arrived.TrySetResult();
        return Task.FromResult<SendResult>(new SendResult.Accepted(id));
    }

    /// <summary>
    /// Messages to <paramref name="citizenId"/> after sequence <paramref name="after"/>; waits up to
    /// <paramref name="wait"/> for one to arrive (long polling, so the simulator does not hammer the server).
    /// </summary>
    public Task<IReadOnlyList<SandboxMessage>> ReadAsync(string citizenId, long after, TimeSpan wait, CancellationToken cancellationToken) =>
        LongPoll.ReadAsync<SandboxMessage>(() =>
        {
            lock (_gate)
            {
                var mailbox = MailboxOf(citizenId);
                return (mailbox.Messages.Where(m => m.Sequence > after).ToList(), mailbox.Arrived.Task);
            }
        }, wait, cancellationToken);

    private Mailbox MailboxOf(string citizenId)
    {
        if (!_mailboxes.TryGetValue(citizenId, out var mailbox))
        {
            mailbox = new Mailbox();
            _mailboxes[citizenId] = mailbox;
        }

        return mailbox;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Mailbox
    {
        public long Sequence { get; set; }
        public List<SandboxMessage> Messages { get; } = [];
        public TaskCompletionSource Arrived { get; set; } = NewSignal();
    }
}

/// <summary>A message the sandbox "sent": its sequence per citizen, the id it was given and Meta's JSON body.</summary>
public sealed record SandboxMessage(long Sequence, string MessageId, string Body, DateTimeOffset SentAt);
