using Orleans.Storage;

namespace ManaMitra.Persistence.Encryption;

/// <summary>
/// A state as a provider stores it once <see cref="EncryptedGrainStorage"/> has encrypted it: bytes, which
/// <see cref="Serializer"/> hands to the database and back untouched. Generated for Orleans only so that its activator
/// provider can make an empty one, as the provider does for a missing row.
/// </summary>
[GenerateSerializer]
public sealed class StoredBytes
{
    /// <summary>The serializer of a provider under <see cref="EncryptedGrainStorage"/>: it serializes nothing.</summary>
    public static readonly IGrainStorageSerializer Serializer = new PassThrough();

    /// <summary>Null when no row exists or the state was cleared.</summary>
    [Id(0)] public byte[]? Payload { get; set; }

    private sealed class PassThrough : IGrainStorageSerializer
    {
        public BinaryData Serialize<T>(T? input) =>
            input is StoredBytes { Payload: { } payload }
                ? new BinaryData(payload)
                : throw new InvalidOperationException($"A provider under {nameof(EncryptedGrainStorage)} was given a {typeof(T).Name} to store instead of encrypted bytes.");

        public T? Deserialize<T>(BinaryData input) =>
            typeof(T) == typeof(StoredBytes)
                ? (T)(object)new StoredBytes { Payload = input.ToArray() }
                : throw new InvalidOperationException($"A provider under {nameof(EncryptedGrainStorage)} was asked for a {typeof(T).Name} instead of encrypted bytes.");
    }
}
