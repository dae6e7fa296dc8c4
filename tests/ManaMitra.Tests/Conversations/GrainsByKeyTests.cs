using ManaMitra.Interfaces.Chat;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// References made by <see cref="Interfaces.GrainsByKey{TGrain}"/> are the ones Orleans' own factory makes; calls through
/// them are covered by the router's tests (<c>BusinessScopedUserIdTests</c>), which route every message that way.
/// </summary>
[Collection(ChatClusterCollection.Name)]
public sealed class GrainsByKeyTests(ChatCluster cluster)
{
    [Fact]
    public void A_reference_by_key_names_the_grain_the_factory_would()
    {
        var key = $"grains-by-key-{Guid.NewGuid():N}";

        var chat = cluster.ByKey<ICitizenChatGrain>().Get(key);
        var delivery = cluster.ByKey<IOutboxDelivery>().Get(key);

        Assert.Equal(cluster.Grains.GetGrain<ICitizenChatGrain>(key).GetGrainId(), chat.GetGrainId());
        // Another interface of the same grain class lands on the same activation.
        Assert.Equal(chat.GetGrainId(), delivery.GetGrainId());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_key_is_refused(string key) =>
        Assert.Throws<ArgumentException>(() => cluster.ByKey<ICitizenChatGrain>().Get(key));
}
