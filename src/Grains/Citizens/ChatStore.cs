using System.Diagnostics.CodeAnalysis;
using ManaMitra.Grains.Delivery;
using Orleans.Serialization;
using Orleans.Storage;

namespace ManaMitra.Grains.Citizens;

/// <summary>
/// A citizen's persisted state as the grain and its outbox delivery share it: what changed without being written yet,
/// the way back to how the state was before a change that did not reach storage, and where its messages go.
/// </summary>
/// <remarks>
/// It reads and writes the grain storage itself rather than through an injected <c>IPersistentState</c>: that bridge,
/// its state wrapper and the lifecycle and migration registrations it makes cost every resident conversation 376
/// bytes (BENCHMARKS.md), for a live migration between silos this grain never uses. What the bridge added is kept: the
/// state starts new when storage holds none and again once cleared.
/// </remarks>
/// <param name="storage">The citizens' grain storage.</param>
/// <param name="grainId">The grain's id, which storage files the state under.</param>
/// <param name="key">The grain's key.</param>
public sealed class ChatStore(IGrainStorage storage, GrainId grainId, DeepCopier<CitizenChatState> copier, string key)
    : IOutboxStore, IGrainState<CitizenChatState>
{
    private CitizenChatState _state = new();

    // A provider may set none for a row it does not hold: the conversation then starts new, as it does before a read.
    [AllowNull]
    public CitizenChatState State { get => _state; set => _state = value ?? new CitizenChatState(); }

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public Outbox Outbox => State.Outbox;

    /// <summary>The grain's key, one copy for whoever needs it.</summary>
    public string Key => key;

    /// <summary>
    /// The address the citizen's latest message came from. A conversation stored before addresses were kept has none,
    /// but it was keyed by the number itself, so its key is its address.
    /// </summary>
    public string Recipient => State.ReplyTo ?? key;

    // Delivery statuses and sent marks change no conversation, so they ride on the next state write (or
    // deactivation) instead of costing a database round trip each: three statuses arrive for every message sent.
    public bool Unsaved { get; private set; }

    public void Changed() => Unsaved = true;

    /// <summary>At activation, before the grain's first turn: the stored state, or a new one.</summary>
    public Task ReadAsync(CancellationToken cancellationToken) =>
        storage.ReadStateAsync(CitizenChatGrain.StateName, grainId, this, cancellationToken);

    public Task WriteAsync() => WriteAsync(CancellationToken.None);

    /// <summary>At deactivation: what is still unsaved, if anything.</summary>
    public Task WriteUnsavedAsync(CancellationToken cancellationToken) => Unsaved ? WriteAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Removes the stored state: what erasure leaves of a conversation with nothing left to send.</summary>
    public async Task ClearAsync()
    {
        await storage.ClearStateAsync(CitizenChatGrain.StateName, grainId, this);
        State = new CitizenChatState();
        Unsaved = false;
    }

    /// <summary>A deep copy to return to with <see cref="Restore"/>.</summary>
    public CitizenChatState Copy() => copier.Copy(State);

    public void Restore(CitizenChatState before) => State = before;

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        // An erased conversation keeps what names the citizen only while replies owed to it wait to leave: the write
        // after the last of them (its sent mark, at the latest when the conversation settles) drops it.
        if (State is { Unaddressed: true, Outbox.HasPending: false })
        {
            State.ForgetAddress();
        }

        await storage.WriteStateAsync(CitizenChatGrain.StateName, grainId, this, cancellationToken);
        Unsaved = false;
    }
}
