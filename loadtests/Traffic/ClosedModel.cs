using ManaMitra.LoadTests.Measurement;
using ManaMitra.LoadTests.Meta;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// A fixed population of citizens, each with one message in flight: send, wait for every reply it is owed, think,
/// send the next. Throughput is whatever the system allows; latency is measured from each actual send.
/// </summary>
public sealed class ClosedModel(ClosedShape shape, Func<Random, IEnumerable<ScriptedMessage>> script, WebhookClient client, RunRecorder recorder, TimeSpan replyTimeout)
{
    public Task RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var end = DateTime.UtcNow + duration;
        return Task.WhenAll(Enumerable.Range(0, shape.Citizens).Select(i => CitizenAsync(new Random(HashCode.Combine(i, Environment.TickCount)), end, cancellationToken)));
    }

    private async Task CitizenAsync(Random random, DateTime end, CancellationToken cancellationToken)
    {
        try
        {
            await ConverseAsync(random, end, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted: what was sent so far is still reported.
        }
    }

    private async Task ConverseAsync(Random random, DateTime end, CancellationToken cancellationToken)
    {
        while (DateTime.UtcNow < end && !cancellationToken.IsCancellationRequested)
        {
            // A failed send or a missing reply leaves the count of replies owed uncertain: a fresh citizen keeps the
            // matching of every later reply exact.
            var chat = recorder.Ledger.OpenNewCitizen(random);
            foreach (var message in script(random))
            {
                if (DateTime.UtcNow >= end || cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                var sent = chat.Register(message.ExpectedReplies, RunRecorder.Now());
                recorder.Sending(sent.IntendedAt);
                var ack = await client.PostAsync(chat.CitizenId, message.Message, cancellationToken);
                recorder.Answered(sent, ack, RunRecorder.Now());
                if (!ack.Accepted || !await chat.WaitForRepliesAsync(sent, replyTimeout, cancellationToken))
                {
                    break;
                }

                await Task.Delay(Think(random), cancellationToken);
            }
        }
    }

    private TimeSpan Think(Random random) =>
        shape.MinThink + ((shape.MaxThink - shape.MinThink) * random.NextDouble());
}
