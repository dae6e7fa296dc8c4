using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ManaMitra.Persistence.Contracts;

namespace ManaMitra.Persistence.Encryption;

/// <summary>
/// Encrypts grain state payloads with AES-256-GCM before they reach the database, and decrypts them on the way back.
/// A stored payload is a header naming its key, then the nonce, the tag and the ciphertext:
/// <code>
/// 0xA5 | version 1 | key id length n | key id (n ASCII bytes) | nonce (12) | tag (16) | ciphertext
/// </code>
/// The header and the row (<see cref="StateRow"/>) are the associated data: a changed key id, a tampered byte or a
/// payload moved to another row all fail the tag. It runs on every message's state write, so it allocates only the
/// stored array (the associated data goes on the stack, or in a pooled array for a very long row identity), and keeps
/// one <see cref="AesGcm"/> per key and thread: an instance is not thread-safe, and making one per write would redo
/// its key set-up every time.
/// </summary>
public sealed class StateCipher : IDisposable
{
    /// <summary>
    /// First byte of every encrypted payload. Payloads written before encryption are Orleans' binary serialization,
    /// whose first byte is a field tag; its top three bits are the wire type, and 0b101 is the one wire type Orleans
    /// never writes (its reader refuses it). So no unencrypted payload can begin with 0xA5 = 0b101_00101, and one byte
    /// tells the two apart with certainty, not odds (a test pins Orleans' wire types).
    /// </summary>
    public const byte Marker = 0xA5;

    private const byte FormatVersion = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    // Row identities are short (a service id, "citizenchat/" and a hash, a state name); longer ones borrow from the pool.
    private const int StackAssociatedData = 512;

    // Ids ignore case, as configuration keys (and StateKeys) do.
    private readonly Dictionary<string, CipherKey> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly CipherKey _current;
    private readonly bool _refuseUnencrypted;

    public StateCipher(StateKeys keys)
    {
        _refuseUnencrypted = keys.RefuseUnencrypted;
        foreach (var (id, key) in keys.All)
        {
            _keys[id] = new CipherKey(id, key);
        }

        _current = _keys[keys.CurrentKeyId];
    }

    /// <summary>The stored form of <paramref name="plaintext"/> for <paramref name="row"/>, under the current key.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, in StateRow row)
    {
        var header = _current.Header;
        var stored = new byte[header.Length + NonceBytes + TagBytes + plaintext.Length];
        header.CopyTo(stored, 0);
        var nonce = stored.AsSpan(header.Length, NonceBytes);
        // Random 96-bit nonces: safe for about 2^32 writes per key (docs/PRODUCTION.md says when to rotate).
        RandomNumberGenerator.Fill(nonce);

        var length = AssociatedDataLength(header.Length, row);
        byte[]? rented = null;
        Span<byte> buffer = length <= StackAssociatedData ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            _current.Aes.Value!.Encrypt(
                nonce,
                plaintext,
                stored.AsSpan(header.Length + NonceBytes + TagBytes),
                stored.AsSpan(header.Length + NonceBytes, TagBytes),
                AssociatedData(buffer, header, row));
        }
        finally
        {
            Return(rented);
        }

        return stored;
    }

    /// <summary>
    /// The serialized state in <paramref name="stored"/>: decrypted, or as it is when it was written before
    /// encryption and <see cref="StateKeys.RefuseUnencrypted"/> is off (it is encrypted at the grain's next write).
    /// </summary>
    /// <exception cref="StateDecryptionException">
    /// Its key is not configured, it was altered or belongs to another row, or it is not encrypted and unencrypted states are refused.
    /// </exception>
    public byte[] Decrypt(byte[] stored, in StateRow row)
    {
        // No header: written before encryption (see Marker), or planted by someone who can write to the database.
        if (stored.Length == 0 || stored[0] != Marker)
        {
            return _refuseUnencrypted
                ? throw Failure(row, $"it is not encrypted, and {StateKeys.RefuseUnencryptedSetting} is true: set it to false while states written before encryption remain")
                : stored;
        }

        if (stored.Length < 3 || stored[1] != FormatVersion)
        {
            throw Failure(row, stored.Length < 3 ? "its header is cut short" : $"it has format version {stored[1]}, which this build does not read");
        }

        var headerLength = 3 + stored[2];
        if (stored.Length < headerLength + NonceBytes + TagBytes)
        {
            throw Failure(row, "it is cut short");
        }

        var id = Encoding.ASCII.GetString(stored, 3, stored[2]);
        if (!_keys.TryGetValue(id, out var key))
        {
            throw Failure(row, $"it is encrypted with key '{id}', which is not configured: add it as {StateKeys.KeysSection}:{id}");
        }

        var plaintext = new byte[stored.Length - headerLength - NonceBytes - TagBytes];
        var length = AssociatedDataLength(headerLength, row);
        byte[]? rented = null;
        Span<byte> buffer = length <= StackAssociatedData ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            key.Aes.Value!.Decrypt(
                stored.AsSpan(headerLength, NonceBytes),
                stored.AsSpan(headerLength + NonceBytes + TagBytes),
                stored.AsSpan(headerLength + NonceBytes, TagBytes),
                plaintext,
                AssociatedData(buffer, stored.AsSpan(0, headerLength), row));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw Failure(row, $"it does not authenticate under key '{id}': it was altered, or copied from another row");
        }
        finally
        {
            Return(rented);
        }

        return plaintext;
    }

    public void Dispose()
    {
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }

    private static StateDecryptionException Failure(in StateRow row, string reason) =>
        new($"The stored state '{row.StateName}' of {row.GrainId} cannot be read: {reason}.");

    private static int AssociatedDataLength(int headerLength, in StateRow row) =>
        headerLength + 12 + Encoding.UTF8.GetByteCount(row.ServiceId) + Encoding.UTF8.GetByteCount(row.GrainId) + Encoding.UTF8.GetByteCount(row.StateName);

    /// <summary>
    /// The header, then the service id, grain id and state name, each as its UTF-8 length (4 bytes, little-endian) and
    /// bytes, so no two rows give the same sequence.
    /// </summary>
    private static ReadOnlySpan<byte> AssociatedData(Span<byte> buffer, ReadOnlySpan<byte> header, in StateRow row)
    {
        header.CopyTo(buffer);
        var written = header.Length;
        written += Field(buffer[written..], row.ServiceId);
        written += Field(buffer[written..], row.GrainId);
        written += Field(buffer[written..], row.StateName);
        return buffer[..written];
    }

    private static int Field(Span<byte> destination, string value)
    {
        var length = Encoding.UTF8.GetBytes(value, destination[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(destination, length);
        return 4 + length;
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>One key: its header, and an <see cref="AesGcm"/> per thread that uses it.</summary>
    private sealed class CipherKey : IDisposable
    {
        public CipherKey(string id, byte[] key)
        {
            var idBytes = Encoding.ASCII.GetBytes(id);
            Header = [Marker, FormatVersion, (byte)idBytes.Length, .. idBytes];
            Aes = new ThreadLocal<AesGcm>(() => new AesGcm(key, TagBytes), trackAllValues: true);
        }

        public byte[] Header { get; }

        public ThreadLocal<AesGcm> Aes { get; }

        public void Dispose()
        {
            foreach (var aes in Aes.Values)
            {
                aes.Dispose();
            }

            Aes.Dispose();
        }
    }
}
