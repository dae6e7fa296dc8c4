using System.Text.Json;
using ManaMitra.Testing;

namespace ManaMitra.Tests.Cluster;

/// <summary>Reads what the bot sent a citizen from the fake Cloud API: the choices each interactive screen offered.</summary>
public static class CloudApiScreens
{
    /// <summary>Replies to <paramref name="citizen"/> in the order they were sent (read receipts carry no recipient).</summary>
    public static List<JsonElement> RepliesTo(this FakeCloudApi cloud, string citizen) =>
        cloud.Requests.Where(r => !r.IsReadReceipt && r.Body.GetProperty("to").GetString() == citizen).Select(r => r.Body).ToList();

    /// <summary>Waits for the first interactive screen sent to <paramref name="citizen"/> after their first <paramref name="seen"/> replies.</summary>
    public static async Task<IReadOnlyList<string>> NextScreenAsync(this FakeCloudApi cloud, string citizen, int seen, TimeSpan timeout) =>
        (await cloud.NextScreenAtAsync(citizen, seen, timeout)).Choices;

    /// <summary>As <see cref="NextScreenAsync"/>, with the screen's place among the citizen's replies.</summary>
    public static async Task<(IReadOnlyList<string> Choices, int Index)> NextScreenAtAsync(this FakeCloudApi cloud, string citizen, int seen, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var replies = cloud.RepliesTo(citizen);
            var index = replies.FindIndex(seen, IsInteractive);
            if (index >= 0)
            {
                return (Choices(replies[index]), index);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no new screen for {citizen} within {timeout}; replies so far: {cloud.RepliesTo(citizen).Count}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The ids of a screen's list rows or reply buttons: what the citizen could tap.</summary>
    public static IReadOnlyList<string> Choices(JsonElement reply)
    {
        var action = reply.GetProperty("interactive").GetProperty("action");
        if (action.TryGetProperty("sections", out var sections))
        {
            return sections.EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).Select(r => r.GetProperty("id").GetString()!).ToList();
        }

        return action.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("reply").GetProperty("id").GetString()!).ToList();
    }

    private static bool IsInteractive(JsonElement reply) => reply.GetProperty("type").GetString() == "interactive";
}
