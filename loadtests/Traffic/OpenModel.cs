using System.Diagnostics;
using ManaMitra.LoadTests.Measurement;
using ManaMitra.LoadTests.Meta;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// Messages sent on the schedule's clock whatever the system does. Message i goes to citizen slot i mod slots (see
/// <see cref="CitizenSlots"/>); a slot waits for its previous webhook's 200 before the next (a citizen's messages
/// must reach their grain in order), and every latency runs from the intended send time, so a stalled
/// system is charged for the messages it held back (no coordinated omission). With <see cref="MetaRetries"/>, some
/// messages are delivered again as Meta retries them; those repeats owe no reply.
/// </summary>
public sealed class OpenModel(ArrivalSchedule schedule, CitizenSlots slots, Func<Random, IEnumerable<ScriptedMessage>> script, WebhookClient client, RunRecorder recorder, MetaRetries retries)
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        return Task.WhenAll(Enumerable.Range(0, slots.Count).Select(slot => SlotAsync(slot, start, cancellationToken)));
    }

    private async Task SlotAsync(int slot, long start, CancellationToken cancellationToken)
    {
        var random = new Random(HashCode.Combine(slot, Environment.TickCount));
        CitizenChat? chat = null;
        IEnumerator<ScriptedMessage>? messages = null;
        Delivery? previous = null;
        try
        {
            for (long index = slot; index < schedule.Count && !cancellationToken.IsCancellationRequested; index += slots.Count)
            {
                var intendedAt = start + (long)(schedule.SecondsUntil(index) * Stopwatch.Frequency);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), intendedAt);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                if (chat is null || messages is null || !messages.MoveNext())
                {
                    chat = messages is null && slots.FirstCitizen(slot) is { } first ? recorder.Ledger.Open(first) : recorder.Ledger.OpenNewCitizen(random);
                    messages?.Dispose();
                    messages = script(random).GetEnumerator();
                    messages.MoveNext();
                    previous = null;
                }

                var message = messages.Current;
                var delivery = client.Prepare(chat.CitizenId, message.Message);
                var plan = retries.Plan(random);
                var sent = chat.Register(message.ExpectedReplies, intendedAt);
                recorder.Sending(RunRecorder.Now());
                var original = client.PostAsync(delivery, cancellationToken);
                if (plan.Concurrent)
                {
                    recorder.Redelivery(delivery.Messages.Count, await client.PostAsync(delivery, cancellationToken));
                }

                var ack = await original;
                recorder.Answered(sent, ack, RunRecorder.Now());
                if (!ack.Accepted)
                {
                    // Whether the grain took it is unknown, so so is the count of replies owed: start a new citizen.
                    chat = null;
                    continue;
                }

                await RedeliverAsync(delivery, previous, plan, cancellationToken);
                previous = delivery;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted: what was sent so far is still reported.
        }
        finally
        {
            messages?.Dispose();
        }
    }

    // The repeats still owed after the original's 200, one after another, before the citizen's next message: a
    // citizen's distinct messages keep their order, as Meta keeps it.
    private async Task RedeliverAsync(Delivery delivery, Delivery? previous, Redelivery plan, CancellationToken cancellationToken)
    {
        for (var copy = plan.Concurrent ? 1 : 0; copy < plan.Copies; copy++)
        {
            var repeat = plan.Batched && previous is not null && copy == plan.Copies - 1 ? client.Batch(previous, delivery) : delivery;
            recorder.Redelivery(repeat.Messages.Count, await client.PostAsync(repeat, cancellationToken));
        }
    }
}
