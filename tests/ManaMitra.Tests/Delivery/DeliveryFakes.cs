using ManaMitra.Grains.Delivery;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Tests.Documents;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace ManaMitra.Tests.Delivery;

/// <summary>
/// An <see cref="OutboxDelivery"/> on fakes of what its grain gives it: a stored outbox that counts writes, a wake-up
/// timer that only records, a count of settlings, the dispatcher's queue as a list, and a clock the test moves.
/// </summary>
public sealed class DeliveryFakes
{
    public static readonly OutboundOptions Options = new()
    {
        InFlightTimeout = TimeSpan.FromMinutes(1),
        MaxBackoff = TimeSpan.FromMinutes(1),
        WakeUpPeriod = TimeSpan.FromMinutes(1),
    };

    public const int SentEntriesKept = 32;

    /// <summary>The grain's key, a hash as the frontend makes it, and the number its messages go to.</summary>
    public const string CitizenKey = "Zq0rB6t1mJ8cX4yW2nV5pL7kH9gF3dS1aQ6eR8tY0uI";

    public const string Recipient = "919000000001";

    public DeliveryFakes()
    {
        Delivery = new OutboxDelivery(CitizenKey, Store, WakeUp, () => Settlings++, Queue, Clock, Options, SentEntriesKept, NullLogger<OutboxDelivery>.Instance);
        WakeUp.Wakes = Delivery;
    }

    public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public FakeStore Store { get; } = new();

    public FakeWakeUp WakeUp { get; } = new();

    /// <summary>How often the grain was told its conversation settled.</summary>
    public int Settlings { get; private set; }

    public FakeQueue Queue { get; } = new();

    public OutboxDelivery Delivery { get; }

    /// <summary>Queues entries as the grain does: appended, written, then handed over.</summary>
    public async Task Queued(params OutboxEntryKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            Store.Outbox.Append(kind, $"{{\"{kind}\":{Store.Outbox.NextSequence}}}", Clock.Now, traceParent: null);
        }

        await Store.WriteAsync();
        Delivery.DispatchNext();
    }

    /// <summary>The dispatcher reports the last send it was given.</summary>
    public Task Reported(SendResult result) => Delivery.SendCompleted(Queue.Sent[^1].Sequence, result);

    public void Later(TimeSpan by) => Clock.Now += by;

    public sealed class FakeStore : IOutboxStore
    {
        public Outbox Outbox { get; } = new();

        public string Recipient => DeliveryFakes.Recipient;

        public bool Unsaved { get; private set; }

        public int Writes { get; private set; }

        public void Changed() => Unsaved = true;

        public Task WriteAsync()
        {
            Writes++;
            Unsaved = false;
            return Task.CompletedTask;
        }
    }

    public sealed class FakeWakeUp : IWakeUpTimer
    {
        /// <summary>When the pending wake-up is due, from the moment it was set; null once stopped.</summary>
        public TimeSpan? Due { get; private set; }

        /// <summary>What the wake-up wakes, as the grain's Wake call would.</summary>
        public OutboxDelivery? Wakes { get; set; }

        public void WakeIn(TimeSpan due) => Due = due;

        public void Stop() => Due = null;

        /// <summary>The timer fires: the grain's Wake, as a turn of its own.</summary>
        public Task Fire() => Due is null || Wakes is null ? throw new InvalidOperationException("no wake-up is set") : Wakes.WakeAsync();
    }

    public sealed class FakeQueue : IOutboundQueue
    {
        public List<OutboundSend> Sent { get; } = [];

        public void Enqueue(OutboundSend send) => Sent.Add(send);
    }
}
