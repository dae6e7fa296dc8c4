namespace ManaMitra.Interfaces.Chat;

/// <summary>
/// Meta's business-scoped user id (BSUID) of one citizen, pointing at the key of their conversation. Meta started
/// sending BSUIDs beside the phone number and, for citizens who adopt a username, instead of it; without this a
/// citizen's conversation, outbox and documents would be left behind under the old key the day the phone vanishes.
/// Keyed, like conversations, by a keyed hash of the user id, never the id itself.
/// </summary>
public interface ICitizenAliasGrain : IGrainWithStringKey
{
    /// <summary>
    /// The conversation key for this user id. The first call fixes it for good: the key of the phone number Meta gave
    /// with the user id, or the user id's own key when it came alone; later calls return it whatever they pass.
    /// </summary>
    Task<string> Resolve(string? phoneKey);
}
