using ManaMitra.Grains.Delivery;
using Orleans.Serialization;

namespace ManaMitra.Grains.Citizens;

/// <summary>
/// A citizen's persisted state as the grain and its outbox delivery share it: what changed without being written yet,
/// the way back to how the state was before a change that did not reach storage, and where its messages go.
/// </summary>
/// <param name="key">The grain's key.</param>
public sealed class ChatStore(IPersistentState<CitizenChatState> state, DeepCopier<CitizenChatState> copier, string key) : IOutboxStore
{
    public CitizenChatState State => state.State;

    public Outbox Outbox => state.State.Outbox;

    /// <summary>
    /// The address the citizen's latest message came from. A conversation stored before addresses were kept has none,
    /// but it was keyed by the number itself, so its key is its address.
    /// </summary>
    public string Recipient => state.State.ReplyTo ?? key;

    // Delivery statuses and sent marks change no conversation, so they ride on the next state write (or
    // deactivation) instead of costing a database round trip each: three statuses arrive for every message sent.
    public bool Unsaved { get; private set; }

    public void Changed() => Unsaved = true;

    public Task WriteAsync() => WriteAsync(CancellationToken.None);

    /// <summary>At deactivation: what is still unsaved, if anything.</summary>
    public Task WriteUnsavedAsync(CancellationToken cancellationToken) => Unsaved ? WriteAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Removes the stored state: what erasure leaves of a conversation with nothing left to send.</summary>
    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        Unsaved = false;
    }

    /// <summary>A deep copy to return to with <see cref="Restore"/>.</summary>
    public CitizenChatState Copy() => copier.Copy(state.State);

    public void Restore(CitizenChatState before) => state.State = before;

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        // An erased conversation keeps what names the citizen only while replies owed to it wait to leave: the write
        // after the last of them (its sent mark, at the latest when the conversation settles) drops it.
        if (state.State is { Unaddressed: true, Outbox.HasPending: false })
        {
            state.State.ForgetAddress();
        }

        await state.WriteStateAsync(cancellationToken);
        Unsaved = false;
    }
}
