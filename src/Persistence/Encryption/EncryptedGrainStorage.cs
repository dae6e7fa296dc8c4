using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ManaMitra.Persistence.Encryption;

/// <summary>
/// Encrypts the states of a provider we do not own (Orleans' ADO.NET provider, <c>OrleansStorage</c>), as
/// <see cref="GroupCommit.GroupCommitGrainStorage"/> encrypts its own: this side serializes and encrypts, and the
/// provider, configured with <see cref="StoredBytes.Serializer"/>, stores the bytes it is given as they are. Etags and
/// the existence of a record pass through unchanged.
/// </summary>
public sealed class EncryptedGrainStorage(
    IGrainStorage bytes, IGrainStorageSerializer serializer, StateCipher cipher, IActivatorProvider activators, string serviceId) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var stored = new GrainState<StoredBytes>(new StoredBytes());
        await bytes.ReadStateAsync(stateName, grainId, stored, cancellationToken);
        // Decrypted before anything is set: a payload that fails leaves the grain's activation failing, never empty.
        grainState.State = stored.State?.Payload is { } payload
            ? serializer.Deserialize<T>(new BinaryData(cipher.Decrypt(payload, Row(stateName, grainId))))
            : activators.GetActivator<T>().Create();
        grainState.ETag = stored.ETag;
        grainState.RecordExists = stored.RecordExists;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var payload = cipher.Encrypt(serializer.Serialize(grainState.State).ToMemory().Span, Row(stateName, grainId));
        var stored = new GrainState<StoredBytes>(new StoredBytes { Payload = payload }) { ETag = grainState.ETag };
        await bytes.WriteStateAsync(stateName, grainId, stored, cancellationToken);
        grainState.ETag = stored.ETag;
        grainState.RecordExists = stored.RecordExists;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var stored = new GrainState<StoredBytes>(new StoredBytes()) { ETag = grainState.ETag };
        await bytes.ClearStateAsync(stateName, grainId, stored, cancellationToken);
        grainState.ETag = stored.ETag;
        grainState.RecordExists = stored.RecordExists;
        grainState.State = activators.GetActivator<T>().Create();
    }

    private StateRow Row(string stateName, GrainId grainId) => new(serviceId, grainId.ToString(), stateName);
}
