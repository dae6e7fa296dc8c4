using System.Text.Json.Nodes;
using ManaMitra.Catalog;
using ManaMitra.Departments.Jurisdictions;

namespace ManaMitra.Tests.Jurisdictions;

/// <summary>
/// A small valid jurisdictions file in a fresh temporary folder named "catalog", so a test can break one thing and
/// check the exact message. Squares on a one-degree district: a city of two wards side by side (west and east,
/// sharing the line at longitude 80.4) and a rural mandal with one village.
/// </summary>
internal sealed class TempJurisdictions : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "manamitra-jurisdictions-" + Guid.NewGuid().ToString("N"));

    public TempJurisdictions()
    {
        Directory = Path.Combine(_parent, "catalog");
        System.IO.Directory.CreateDirectory(Directory);
        File = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["version"] = "2026.12.1",
            ["offices"] = new JsonArray(
                Office("ap", "State", null, [80.5, 16.5]),
                Office("ntr", "District", "ap", [80.5, 16.5], Square(80.0, 16.0, 81.0, 17.0)),
                Office("ntr/city", "UrbanLocalBody", "ntr", [80.4, 16.4], Square(80.2, 16.2, 80.6, 16.6)),
                Office("ntr/city/west", "WardSecretariat", "ntr/city", [80.3, 16.4], Square(80.2, 16.2, 80.4, 16.6), "520001", "520010"),
                Office("ntr/city/east", "WardSecretariat", "ntr/city", [80.5, 16.4], Square(80.4, 16.2, 80.6, 16.6), "520002", "520010"),
                Office("ntr/rural", "Mandal", "ntr", [80.75, 16.4], Square(80.6, 16.2, 80.9, 16.6)),
                Office("ntr/rural/village", "VillageSecretariat", "ntr/rural", [80.75, 16.4], Square(80.7, 16.3, 80.8, 16.5), "521001")),
        };
    }

    public string Directory { get; }

    public JsonObject File { get; }

    /// <summary>The office at this index of <c>offices</c>, as it will be written.</summary>
    public JsonObject this[int index] => File["offices"]![index]!.AsObject();

    public OfficeTree Load()
    {
        System.IO.File.WriteAllText(Path.Combine(Directory, JurisdictionLoader.FileName), File.ToJsonString());
        return JurisdictionLoader.Load(Directory);
    }

    public IReadOnlyList<string> Errors() => Assert.Throws<CatalogException>(Load).Errors;

    public void Dispose() => System.IO.Directory.Delete(_parent, recursive: true);

    /// <summary>A closed ring, west to east along the south edge, then anticlockwise.</summary>
    public static JsonArray Square(double west, double south, double east, double north) =>
        Ring([west, south], [east, south], [east, north], [west, north], [west, south]);

    public static JsonArray Ring(params double[][] positions) => new([.. positions.Select(p => (JsonNode)new JsonArray(p[0], p[1]))]);

    private static JsonObject Office(string id, string kind, string? parent, double[] point, JsonArray? boundary = null, params string[] pins)
    {
        var office = new JsonObject
        {
            ["id"] = id,
            ["kind"] = kind,
            ["name"] = new JsonObject { ["en"] = "Office " + id, ["te"] = "కార్యాలయం " + id },
        };
        if (parent is not null)
        {
            office["parent"] = parent;
        }

        if (pins.Length > 0)
        {
            office["pins"] = new JsonArray([.. pins.Select(p => (JsonNode)p)]);
        }

        if (boundary is not null)
        {
            office["boundary"] = boundary;
        }

        office["point"] = new JsonArray(point[0], point[1]);
        return office;
    }
}
