using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>How a frontend with the test secrets knows a citizen it is given the number of: by the number's key.</summary>
public static class Chats
{
    /// <summary>The key of the conversation of the citizen writing from <paramref name="whatsAppId"/>, and of all filed under it.</summary>
    public static string KeyOf(string whatsAppId) => TestSecrets.CitizenKeys.Of(whatsAppId);

    /// <summary>That conversation, for looking inside it.</summary>
    public static ICitizenChatGrain ChatOf(this IGrainFactory grains, string whatsAppId) => grains.GetGrain<ICitizenChatGrain>(KeyOf(whatsAppId));
}
