using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ManaMitra.Interfaces.Ledger;

/// <summary>
/// How the ledger chains, spelled out so anyone can recompute it in any language (docs/LEDGER.md). An entry's digest is
/// SHA-256 over its fields, each written as a 4-byte big-endian length and its UTF-8 bytes; its hash is SHA-256 over the
/// previous entry's hash followed by its own digest. Length prefixes keep the encoding unambiguous ("ab","c" is not
/// "a","bc") without escaping rules a verifier would have to copy; the digest step lets a proof carry the entries
/// between a document's entry and its checkpoint as 32 bytes each, not their contents.
/// </summary>
public static class LedgerHash
{
    public const int Size = 32;

    /// <summary>What the first entry follows: 32 zero bytes.</summary>
    public static byte[] Genesis() => new byte[Size];

    /// <summary>The digest of an entry's fields: seq in decimal, at as <see cref="Time"/>, kind, subject, body.</summary>
    public static byte[] Digest(long seq, DateTimeOffset at, string kind, string subject, string body) =>
        Fields(seq.ToString(CultureInfo.InvariantCulture), Time(at), kind, subject, body);

    /// <summary>SHA-256 over <paramref name="fields"/>, each length-prefixed: entries' digests and the digests of facts kept out of them.</summary>
    public static byte[] Fields(params ReadOnlySpan<string> fields)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)bytes.Length);
            sha.AppendData(length);
            sha.AppendData(bytes);
        }

        return sha.GetHashAndReset();
    }

    /// <summary>The hash of the entry with <paramref name="digest"/> that follows the entry hashed <paramref name="previous"/>.</summary>
    public static byte[] Chain(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> digest)
    {
        Span<byte> both = stackalloc byte[2 * Size];
        previous.CopyTo(both);
        digest.CopyTo(both[Size..]);
        return SHA256.HashData(both);
    }

    /// <summary>
    /// A time as hashed and published: UTC, microseconds, "2026-03-14T09:26:53.589793Z". Microseconds because that is
    /// what PostgreSQL keeps: a finer time would not hash the same once read back.
    /// </summary>
    public static string Time(DateTimeOffset at) =>
        Microseconds(at).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary><paramref name="at"/> cut to whole microseconds, as PostgreSQL stores it.</summary>
    public static DateTimeOffset Microseconds(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
}
