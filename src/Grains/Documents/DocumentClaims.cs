using System.Text.Json;
using ManaMitra.Departments;

namespace ManaMitra.Documents;

/// <summary>
/// What the signature vouches for. Claim names are short because the whole token rides in the QR code, and a
/// smaller code scans better from a creased printout.
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
    public static DocumentClaims From(IssuedDocument document) => new(
        document.Id,
        document.Kind,
        document.HolderName,
        document.DepartmentId,
        document.ServiceId,
        // A JWT's iat is whole seconds; anything finer would not survive the round trip.
        DateTimeOffset.FromUnixTimeSeconds(document.IssuedAt.ToUnixTimeSeconds()),
        document.Fields.Select(f => new ClaimField(f.LabelEn, f.Value)).ToList());

    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("jti", Id);
            json.WriteString("knd", Kind);
            json.WriteString("nm", HolderName);
            json.WriteString("iss", IssuerDepartment);
            json.WriteString("svc", ServiceId);
            json.WriteNumber("iat", IssuedAt.ToUnixTimeSeconds());
            json.WriteStartArray("f");
            foreach (var field in Fields)
            {
                json.WriteStartArray();
                json.WriteStringValue(field.Label);
                json.WriteStringValue(field.Value);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Reads claims back; null when the payload lacks a claim or has one of the wrong type.</summary>
    public static DocumentClaims? FromJson(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            var root = document.RootElement;
            var fields = new List<ClaimField>();
            foreach (var pair in root.GetProperty("f").EnumerateArray())
            {
                if (pair.GetArrayLength() != 2)
                {
                    return null;
                }

                fields.Add(new ClaimField(Text(pair[0]), Text(pair[1])));
            }

            return new DocumentClaims(
                Text(root.GetProperty("jti")),
                Text(root.GetProperty("knd")),
                Text(root.GetProperty("nm")),
                Text(root.GetProperty("iss")),
                Text(root.GetProperty("svc")),
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
