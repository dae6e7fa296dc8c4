namespace ManaMitra.Grains.Delivery;

// What OutboxDelivery needs from the grain that owns it and from the silo, each as small as it can be: the grain
// answers with its persisted state and a grain timer (OutboxDeliveryFactory), the tests with fakes, so delivery is
// tested without a cluster.

/// <summary>The owning grain's persisted outbox and the write that stores it.</summary>
public interface IOutboxStore
{
    Outbox Outbox { get; }

    /// <summary>Where the citizen's messages go (a WhatsApp number or business-scoped user id); the grain's key is a hash.</summary>
    string Recipient { get; }

    /// <summary>Something changed that no write has stored yet.</summary>
    bool Unsaved { get; }

    /// <summary>Records a change that rides on the next write (or the deactivation) instead of costing one of its own.</summary>
    void Changed();

    Task WriteAsync();
}

/// <summary>
/// A one-shot wake-up of the owning grain: <see cref="OutboxDelivery.WakeAsync"/> runs as a turn of the grain, never
/// alongside one.
/// </summary>
public interface IWakeUpTimer
{
    /// <summary>Wakes the grain once, after <paramref name="due"/>; calling again before then replaces it.</summary>
    void WakeIn(TimeSpan due);

    /// <summary>Nothing left to wake up for: the timer goes, and with it the memory it holds.</summary>
    void Stop();
}

/// <summary>Where handed-over entries wait to be sent: the silo's <see cref="OutboundDispatcher"/>.</summary>
public interface IOutboundQueue
{
    void Enqueue(OutboundSend send);
}
