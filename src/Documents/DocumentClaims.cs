using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Documents;

/// <summary>
/// What the signature vouches for. The whole token rides in the QR code, and every byte of it makes the code denser,
/// slower to encode and harder for a cheap phone to read from a creased printout: so the claims are one flat JSON
/// object with JWT's registered names where they fit (<c>jti</c>, <c>iss</c>, <c>iat</c>) and one-letter names for
/// the rest, fields as one flat label/value array (the label in its fallback language only), and Telugu as UTF-8
/// rather than six-character escapes.
/// </summary>
public sealed record DocumentClaims(
    string Id,
    string Kind,
    string HolderName,
    string IssuerDepartment,
    string ServiceId,
    DateTimeOffset IssuedAt,
    IReadOnlyList<ClaimField> Fields)
{
    // Escapes what JSON and HTML need, but not Telugu or the rupee sign: \u0C15 is six bytes where UTF-8 needs three.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static DocumentClaims From(IssuedDocument document) => new(
        document.Id,
        document.Kind,
        document.HolderName,
        document.DepartmentId,
        document.ServiceId,
        // A JWT's iat is whole seconds; anything finer would not survive the round trip.
        DateTimeOffset.FromUnixTimeSeconds(document.IssuedAt.ToUnixTimeSeconds()),
        document.Fields.Select(f => new ClaimField(f.Label.Fallback, f.Value)).ToList());

    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteString("jti", Id);
            json.WriteString("k", Kind);
            json.WriteString("n", HolderName);
            json.WriteString("iss", IssuerDepartment);
            json.WriteString("s", ServiceId);
            json.WriteNumber("iat", IssuedAt.ToUnixTimeSeconds());
            json.WriteStartArray("f");
            foreach (var field in Fields)
            {
                json.WriteStringValue(field.Label);
                json.WriteStringValue(field.Value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// SHA-256 of the signed payload: what the ledger and an erased registry entry keep of the claims, so a token can
    /// still be matched to its entry once the holder's fields are gone.
    /// </summary>
    public byte[] Digest() => SHA256.HashData(ToJson());

    /// <summary>Reads claims back; null when the payload lacks a claim or has one of the wrong type.</summary>
    public static DocumentClaims? FromJson(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            var root = document.RootElement;
            var flat = root.GetProperty("f");
            if (flat.GetArrayLength() % 2 != 0)
            {
                return null;
            }

            var fields = new List<ClaimField>();
            for (var i = 0; i < flat.GetArrayLength(); i += 2)
            {
                fields.Add(new ClaimField(Text(flat[i]), Text(flat[i + 1])));
            }

            return new DocumentClaims(
                Text(root.GetProperty("jti")),
                Text(root.GetProperty("k")),
                Text(root.GetProperty("n")),
                Text(root.GetProperty("iss")),
                Text(root.GetProperty("s")),
                DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("iat").GetInt64()),
                fields);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string Text(JsonElement element) => element.GetString() ?? throw new FormatException("null claim");

    public bool Equals(DocumentClaims? other) =>
        other is not null
        && (Id, Kind, HolderName, IssuerDepartment, ServiceId, IssuedAt) == (other.Id, other.Kind, other.HolderName, other.IssuerDepartment, other.ServiceId, other.IssuedAt)
        && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => HashCode.Combine(Id, Kind, HolderName, IssuerDepartment, ServiceId, IssuedAt, Fields.Count);
}

/// <summary>A labelled value of the document, as printed (identifiers arrive masked).</summary>
public sealed record ClaimField(string Label, string Value);
