using System.Collections.Concurrent;
using ManaMitra.Interfaces.Chat;

namespace ManaMitra.WebhookFrontend.Routing;

/// <summary>
/// Finds the conversation each citizen id of a webhook belongs to when Meta sent a business-scoped user id with it
/// (see <see cref="ICitizenAliasGrain"/>). A user id's conversation never changes once fixed, so a frontend remembers
/// the ones it has seen and asks the cluster once per citizen, not once per message.
/// </summary>
public sealed class CitizenAliases(IGrainFactory grains)
{
    // About 30 MB at most. Forgetting everything when full is crude but safe: the grain gives the same answer again.
    private const int Remembered = 200_000;

    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    /// <param name="userIds">The key of each user id by the citizen key that came with it (<see cref="Webhook.WebhookBatch.UserIds"/>).</param>
    /// <returns>Conversation key by citizen key, for the citizen keys that came with a user id.</returns>
    public async Task<IReadOnlyDictionary<string, string>> KeysAsync(IReadOnlyDictionary<string, string> userIds)
    {
        var keys = new Dictionary<string, string>(userIds.Count, StringComparer.Ordinal);
        foreach (var (citizenId, userId) in userIds)
        {
            if (!_known.TryGetValue(userId, out var key))
            {
                // The same key: the user id came alone and is itself the citizen's id.
                var phoneKey = citizenId == userId ? null : citizenId;
                key = await grains.GetGrain<ICitizenAliasGrain>(userId).Resolve(phoneKey);
                if (_known.Count >= Remembered)
                {
                    _known.Clear();
                }

                _known[userId] = key;
            }

            keys[citizenId] = key;
        }

        return keys;
    }
}
