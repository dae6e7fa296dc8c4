using ManaMitra.WhatsApp.CloudApi;

namespace ManaMitra.Interfaces.Chat;

/// <summary>
/// The dispatcher's way back to a citizen's grain: how the send of one outbox entry ended. Separate from
/// <c>ICitizenChatGrain</c> because only the silo's own dispatcher calls it.
/// </summary>
public interface IOutboxDelivery : IGrainWithStringKey
{
    Task SendCompleted(long sequence, SendResult result);
}
