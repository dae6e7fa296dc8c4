using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Tests.Conversations;

/// <summary>The chat cluster with the service window configured to 30 days, as <c>ManaMitra__Chat__ServiceWindow</c> would set it.</summary>
public sealed class ThirtyDayWindowCluster() : ChatCluster(new Dictionary<string, string?> { ["ManaMitra:Chat:ServiceWindow"] = "30.00:00:00" });

/// <summary>The window is the configured one, not Meta's 24 hours built in.</summary>
public sealed class ConfiguredWindowTests(ThirtyDayWindowCluster cluster) : IClassFixture<ThirtyDayWindowCluster>
{
    [Fact]
    public async Task Three_days_after_the_citizen_wrote_is_inside_a_thirty_day_window()
    {
        var citizen = cluster.Citizen();
        citizen.Clock = DateTimeOffset.UtcNow - TimeSpan.FromDays(3);
        await citizen.Says("Hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"), "English");

        await citizen.Grain.Notify(new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Message = LocalizedText.Of(("en", "Your bill is paid."), ("te", "మీ బిల్లు చెల్లించబడింది.")),
        });

        var told = Assert.Single((await citizen.Drained()).Messages);
        Assert.Equal("Your bill is paid.", Replies.TextOf(told));
    }
}
