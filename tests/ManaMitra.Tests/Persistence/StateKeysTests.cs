using ManaMitra.Grains.Citizens;
using ManaMitra.Persistence.Encryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.WireProtocol;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// The state encryption keys from configuration: only Development runs without them, a malformed one stops start-up
/// naming its setting (never its value), and the header's marker can never begin a payload written before encryption.
/// </summary>
public sealed class StateKeysTests
{
    private static readonly string KeyA = Convert.ToBase64String(new byte[StateKeys.KeyBytes]);

    [Fact]
    public void Outside_Development_a_missing_key_stops_start_up_naming_both_settings()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => StateKeys.FromConfiguration(Settings(), isDevelopment: false));

        Assert.Contains(StateKeys.CurrentKeyIdSetting, refused.Message, StringComparison.Ordinal);
        Assert.Contains(StateKeys.KeysSection, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_without_keys_runs_on_its_labelled_fixed_key()
    {
        var keys = StateKeys.FromConfiguration(Settings(), isDevelopment: true);

        Assert.Equal(StateKeys.DevelopmentKeyId, keys.CurrentKeyId);
    }

    [Fact]
    public void A_key_that_is_not_32_bytes_of_base64_is_refused_by_its_id_and_not_shown()
    {
        var shortKey = Convert.ToBase64String(new byte[16]);

        var refused = Assert.Throws<InvalidOperationException>(() => StateKeys.FromConfiguration(
            Settings(("Keys:k1", shortKey), ("CurrentKeyId", "k1")), isDevelopment: true));

        Assert.Contains($"{StateKeys.KeysSection}:k1", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, refused.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => StateKeys.FromConfiguration(Settings(("Keys:k1", "not base64!"), ("CurrentKeyId", "k1")), isDevelopment: false));
    }

    [Fact]
    public void The_current_key_must_be_named_and_be_one_of_the_keys()
    {
        var unnamed = Assert.Throws<InvalidOperationException>(() => StateKeys.FromConfiguration(Settings(("Keys:k1", KeyA)), isDevelopment: true));
        var unknown = Assert.Throws<InvalidOperationException>(() => StateKeys.FromConfiguration(
            Settings(("Keys:k1", KeyA), ("CurrentKeyId", "k2")), isDevelopment: false));

        Assert.Contains(StateKeys.CurrentKeyIdSetting, unnamed.Message, StringComparison.Ordinal);
        Assert.Contains("'k2'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_keys_are_found_whatever_the_case_of_the_current_keys_name()
    {
        var keys = StateKeys.FromConfiguration(Settings(("Keys:Key-1", KeyA), ("Keys:key-2", KeyA), ("CurrentKeyId", "KEY-2")), isDevelopment: false);

        Assert.Equal("key-2", keys.CurrentKeyId);
    }

    [Fact]
    public void Unencrypted_states_are_refused_unless_the_setting_says_false_and_a_malformed_value_stops_start_up_naming_it()
    {
        Assert.True(StateKeys.FromConfiguration(Settings(("Keys:k1", KeyA), ("CurrentKeyId", "k1")), isDevelopment: false).RefuseUnencrypted);
        Assert.True(StateKeys.FromConfiguration(Settings(), isDevelopment: true).RefuseUnencrypted);
        Assert.False(StateKeys.FromConfiguration(
            Settings(("Keys:k1", KeyA), ("CurrentKeyId", "k1"), ("RefuseUnencrypted", "False")), isDevelopment: false).RefuseUnencrypted);
        Assert.False(StateKeys.FromConfiguration(Settings(("RefuseUnencrypted", "false")), isDevelopment: true).RefuseUnencrypted);

        var malformed = Assert.Throws<InvalidOperationException>(() => StateKeys.FromConfiguration(
            Settings(("Keys:k1", KeyA), ("CurrentKeyId", "k1"), ("RefuseUnencrypted", "no")), isDevelopment: false));
        Assert.Contains(StateKeys.RefuseUnencryptedSetting, malformed.Message, StringComparison.Ordinal);
        // A deployment upgrading from a build before encryption sets its first keys: the message it meets then names the switch.
        var noKeys = Assert.Throws<InvalidOperationException>(() => StateKeys.FromConfiguration(Settings(), isDevelopment: false));
        Assert.Contains($"{StateKeys.RefuseUnencryptedSetting}=false", noKeys.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_payload_Orleans_serializes_can_begin_with_the_encrypted_header()
    {
        // The marker's top three bits are a wire type Orleans does not have, so no field tag, the first byte of every
        // payload, can equal it. Should Orleans ever add that wire type, this fails before a payload is misread.
        Assert.DoesNotContain(Enum.GetValues<WireType>(), w => (byte)w == (StateCipher.Marker & 0b1110_0000));

        using var services = new ServiceCollection().AddSerializer(s => s.AddAssembly(typeof(CitizenChatState).Assembly).AddAssembly(typeof(ProbeState).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        Assert.NotEqual(StateCipher.Marker, serializer.SerializeToArray(new CitizenChatState())[0]);
        Assert.NotEqual(StateCipher.Marker, serializer.SerializeToArray(new ProbeState { Value = "x" })[0]);
        Assert.NotEqual(StateCipher.Marker, serializer.SerializeToArray<ProbeState?>(null)[0]);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] entries) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(entries.Select(e => KeyValuePair.Create($"ManaMitra:StateEncryption:{e.Key}", (string?)e.Value)))
            .Build();
}
