using System.Diagnostics;
using ManaMitra.Interfaces;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Observability;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Delivery;

/// <summary>
/// Sends outbox entries for every citizen of this silo, outside the grains' turns: a slow or hanging Cloud API
/// never blocks a citizen's grain, so webhooks keep being acknowledged while sends wait. Each citizen has at most
/// one entry here at a time (the grain hands over the next only when told how the last ended), which keeps a
/// citizen's messages in order and bounds the queue by the number of citizens. Replies go ahead of read receipts
/// (<see cref="SendQueue"/>).
/// </summary>
public sealed partial class OutboundDispatcher(
    IWhatsAppSender sender,
    SendRateGate rate,
    GrainsByKey<IOutboxDelivery> deliveries,
    ManaMitraMetrics metrics,
    IOptions<OutboundOptions> options,
    ILogger<OutboundDispatcher> logger) : BackgroundService, IOutboundQueue
{
    private readonly SendQueue _queue = new();

    public void Enqueue(OutboundSend send) => _queue.Add(send);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Concurrency).Select(_ => Work(stoppingToken)));

    private async Task Work(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await _queue.ClaimAsync(stoppingToken);
                await rate.WaitAsync(stoppingToken);
                var send = _queue.Take();
                SendResult result;
                using (var span = ManaMitraTracing.Source.StartActivity("whatsapp send", ActivityKind.Client, send.TraceParent))
                {
                    var started = Stopwatch.GetTimestamp();
                    result = await sender.SendAsync(send.Recipient, send.Body, stoppingToken);
                    metrics.SendEnded(send.Kind, result, Stopwatch.GetElapsedTime(started));
                    span?.SetTag("manamitra.outbox.sequence", send.Sequence);
                    span?.SetTag("manamitra.send.result", result.GetType().Name);
                }

                await Report(send, result);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: entries still queued stay pending in their grains' persisted outboxes.
        }
    }

    private async Task Report(OutboundSend send, SendResult result)
    {
        try
        {
            await deliveries.Get(send.CitizenId).SendCompleted(send.Sequence, result);
        }
        catch (Exception e)
        {
            // The grain will hand the entry over again after its in-flight timeout; the citizen may get it twice,
            // never not at all.
            LogReportFailed(e, send.Sequence);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report the send of outbox entry {Sequence} to its grain")]
    private partial void LogReportFailed(Exception exception, long sequence);
}

/// <summary>
/// One outbox entry handed to the dispatcher, with its kind (which lane of the <see cref="SendQueue"/> it waits in) and
/// the trace of the message that queued it. It goes to <paramref name="Recipient"/>, the citizen's WhatsApp address,
/// and its result back to the grain keyed <paramref name="CitizenId"/>, a hash of it.
/// </summary>
public sealed record OutboundSend(string CitizenId, string Recipient, long Sequence, OutboxEntryKind Kind, string Body, string? TraceParent);
