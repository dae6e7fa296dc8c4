using ManaMitra.WhatsApp.CloudApi;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// Stands in for the sandbox channel in the resident-conversations benchmark. The sandbox keeps up to 200 reply bodies
/// per citizen for the simulator page, kilobytes of JSON per conversation that no production silo holds (there the
/// replies leave over HTTP), so counting it would overstate a conversation's footprint several times over. This
/// accepts every send as Meta would and keeps only a count, so the benchmark can tell when the outboxes have drained.
/// </summary>
public sealed class DiscardingSender : IWhatsAppSender
{
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    public Task<SendResult> SendAsync(string recipient, string body, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _sent);
        // As long as Meta's ids (about 60 characters), since each outbox entry keeps the id its send was given.
        return Task.FromResult<SendResult>(new SendResult.Accepted($"wamid.HBgM{n:D12}FQIAERgSNkE5QjQ2RjE2QUJCRjA3MEQ5AA=="));
    }
}
