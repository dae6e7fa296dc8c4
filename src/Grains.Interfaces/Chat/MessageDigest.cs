using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ManaMitra.Interfaces.Chat;

/// <summary>
/// A WhatsApp message id (<c>wamid.…</c>) as the first 128 bits of its UTF-8 bytes' SHA-256: 16 bytes in place of
/// Meta's 60-odd-character string, in every resident conversation and every stored row. It is all a conversation
/// needs of an id: to know it again (a redelivered message, a delivery status for a reply).
/// </summary>
/// <remarks>
/// Two ids with one digest would be taken for one another; with at most a few hundred kept per citizen the chance for
/// any one message is about 2^-120. Ids come from Meta through a signed webhook, so nobody chooses them to collide and a
/// plain, unkeyed digest is enough.
/// </remarks>
[GenerateSerializer, Immutable]
public readonly record struct MessageDigest([property: Id(0)] ulong High, [property: Id(1)] ulong Low)
{
    public static MessageDigest Of(string messageId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(messageId), hash);
        return new(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash[8..]));
    }
}
