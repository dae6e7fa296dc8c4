using System.Text;
using ManaMitra.WebhookFrontend.Webhook;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.Tests.Webhook;

/// <summary>The key a conversation is known by: a hash keyed by configuration, stable for an id, and required outside Development.</summary>
public sealed class CitizenKeysTests
{
    private const string Number = "919876543210";

    [Fact]
    public void A_key_is_the_same_for_the_same_id_and_says_nothing_of_the_number_without_the_hash_key()
    {
        var keys = new CitizenKeys(Encoding.UTF8.GetBytes("one-hash-key-of-at-least-32-bytes-long"));
        var other = new CitizenKeys(Encoding.UTF8.GetBytes("another-hash-key-of-at-least-32-bytes"));

        var key = keys.Of(Number);

        Assert.Equal(key, keys.Of(Number));
        Assert.Matches("^[A-Za-z0-9_-]{43}$", key);
        Assert.NotEqual(key, keys.Of("919876543211"));
        Assert.NotEqual(key, other.Of(Number));
        Assert.NotEqual(key, keys.Of("IN.1648738043044942"));
    }

    [Fact]
    public void Outside_Development_a_missing_hash_key_stops_start_up_naming_its_setting()
    {
        var empty = new ConfigurationBuilder().Build();

        var refused = Assert.Throws<InvalidOperationException>(() => CitizenKeys.FromConfiguration(empty, isDevelopment: false));

        Assert.Contains(CitizenKeys.ConfigurationKey, refused.Message, StringComparison.Ordinal);
        Assert.NotNull(CitizenKeys.FromConfiguration(empty, isDevelopment: true));
        Assert.Throws<ArgumentException>(() => CitizenKeys.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create(CitizenKeys.ConfigurationKey, (string?)"short")]).Build(), isDevelopment: false));
    }
}
