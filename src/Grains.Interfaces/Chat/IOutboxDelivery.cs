using ManaMitra.WhatsApp.CloudApi;

namespace ManaMitra.Interfaces.Chat;

/// <summary>
/// The silo's way back to a citizen's grain: how the send of one outbox entry ended (the dispatcher), and a nudge for
/// an outbox left pending (the sweep). Separate from <c>ICitizenChatGrain</c> because only the silo itself calls it.
/// </summary>
public interface IOutboxDelivery : IGrainWithStringKey
{
    Task SendCompleted(long sequence, SendResult result);

    /// <summary>
    /// Resumes an outbox whose stored row has said "pending" too long: its silo died (activation hands the oldest
    /// pending entry over), or its activation has sent everything and not yet stored that (it does so now).
    /// </summary>
    Task Wake();
}
