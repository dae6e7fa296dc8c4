using System.Text.Json.Nodes;
using ManaMitra.Catalog;
using ManaMitra.Departments.Jurisdictions;

namespace ManaMitra.Tests.Jurisdictions;

/// <summary>Each defect an official can make in <c>jurisdictions.json</c>, and the exact message that points at it.</summary>
public sealed class JurisdictionDefectTests : IDisposable
{
    private const string File = "catalog/jurisdictions.json";
    private const string West = File + ": offices[3] (ntr/city/west): ";
    private const string East = File + ": offices[4] (ntr/city/east): ";
    private const string Village = File + ": offices[6] (ntr/rural/village): ";
    private const string Kinds = "State, District, Mandal, UrbanLocalBody, VillageSecretariat, WardSecretariat";

    private readonly TempJurisdictions _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void The_unbroken_temp_file_loads()
    {
        var tree = _file.Load();

        Assert.Equal("2026.12.1", tree.Version);
        Assert.Equal(7, tree.Offices.Count);
        var west = tree.Find("ntr/city/west")!;
        Assert.Equal(OfficeKind.WardSecretariat, west.Kind);
        Assert.Equal("ntr/city", west.ParentId);
        Assert.Equal(["520001", "520010"], west.Pins);
        Assert.Equal("కార్యాలయం ntr/city/west", west.Name.In("te"));
        Assert.Equal(4, west.Boundary!.Vertices.Count);
    }

    [Fact]
    public void Missing_file()
    {
        var error = Assert.Throws<CatalogException>(() => JurisdictionLoader.Load(_file.Directory));

        Assert.Equal([$"{File}: not found (looked for {Path.Combine(_file.Directory, "jurisdictions.json")})"], error.Errors);
    }

    [Fact]
    public void Malformed_json_names_its_path()
    {
        _file[3]["point"] = "80.3, 16.4";

        var error = Assert.Single(_file.Errors());
        Assert.StartsWith($"{File}: malformed JSON at line 1, position ", error);
        Assert.EndsWith("($.offices[3].point)", error);
    }

    [Fact]
    public void Header_defects_are_listed_together()
    {
        _file.File["schemaVersion"] = 2;
        _file.File.Remove("version");
        _file.File["versoin"] = "2026.12.2";

        Assert.Equal(
            [
                $"{File}: schemaVersion 2 is not supported (this build reads 1)",
                $"{File}: version is missing",
                $"{File}: versoin is not a known field",
            ],
            _file.Errors());
    }

    [Fact]
    public void No_offices()
    {
        _file.File["offices"] = new JsonArray();

        Assert.Equal([$"{File}: offices is empty"], _file.Errors());
    }

    [Fact]
    public void Unknown_office_field()
    {
        _file[3]["pin"] = "520001";

        Assert.Equal([$"{West}pin is not a known field"], _file.Errors());
    }

    [Fact]
    public void Repeated_id()
    {
        _file[4]["id"] = "ntr/city/west";

        Assert.Equal([$"{File}: offices[4] (ntr/city/west): id \"ntr/city/west\" is already used by offices[3]"], _file.Errors());
    }

    [Theory]
    [InlineData("ntr/rural/Village")]
    [InlineData("ntr/rural/village 1")]
    [InlineData("ntr//village")]
    public void Id_not_kebab_case_parts(string id)
    {
        _file[6]["id"] = id;

        var expected = $"{File}: offices[6] ({id}): id \"{id}\" is not lowercase kebab-case parts joined by \"/\" (like \"ntr/vijayawada/ward-012\")";
        Assert.Equal([expected], _file.Errors());
    }

    [Fact]
    public void Id_not_under_its_parents_id()
    {
        _file[6]["id"] = "ntr/city/village";

        Assert.Equal([$"{File}: offices[6] (ntr/city/village): id \"ntr/city/village\" must be its parent's id and one more part (\"ntr/rural/<name>\")"], _file.Errors());
    }

    [Fact]
    public void State_and_district_ids_are_one_part()
    {
        _file[0]["id"] = "india/ap";
        _file[1]["parent"] = "india/ap";
        _file[1]["id"] = "ap/ntr";
        foreach (var child in new[] { 2, 5 })
        {
            _file[child]["parent"] = "ap/ntr";
        }

        Assert.Equal(
            [
                $"{File}: offices[0] (india/ap): id \"india/ap\" must be one part (no \"/\") for a State",
                $"{File}: offices[1] (ap/ntr): id \"ap/ntr\" must be one part (no \"/\") for a District",
                $"{File}: offices[2] (ntr/city): id \"ntr/city\" must be its parent's id and one more part (\"ap/ntr/<name>\")",
                $"{File}: offices[5] (ntr/rural): id \"ntr/rural\" must be its parent's id and one more part (\"ap/ntr/<name>\")",
            ],
            _file.Errors());
    }

    [Fact]
    public void Unknown_kind()
    {
        _file[6]["kind"] = "Village";

        Assert.Equal([$"{Village}kind \"Village\" is not one of {Kinds}"], _file.Errors());
    }

    [Fact]
    public void Parent_not_in_the_file()
    {
        _file[6]["parent"] = "ntr/nowhere";

        Assert.Equal([$"{Village}parent \"ntr/nowhere\" is not an office in this file"], _file.Errors());
    }

    [Fact]
    public void Parent_missing()
    {
        _file[1].Remove("parent");

        Assert.Equal([$"{File}: offices[1] (ntr): parent is missing (a District belongs to a State)"], _file.Errors());
    }

    [Fact]
    public void Parent_not_one_tier_up()
    {
        _file[6]["kind"] = "WardSecretariat";

        Assert.Equal([$"{Village}parent \"ntr/rural\" is a Mandal; a WardSecretariat belongs to an UrbanLocalBody"], _file.Errors());
    }

    [Fact]
    public void The_state_has_no_parent()
    {
        _file[0]["parent"] = "ntr";

        Assert.Equal([$"{File}: offices[0] (ap): parent \"ntr\" is not allowed: the State is the top of the chain"], _file.Errors());
    }

    [Fact]
    public void Names_in_english_and_telugu_script()
    {
        _file[3]["name"] = new JsonObject { ["en"] = "పడమర", ["te"] = "West" };
        _file[4]["name"] = new JsonObject { ["en"] = "East", ["hi"] = "पूर्व" };

        Assert.Equal(
            [
                $"{West}name.en \"పడమర\" has no English letter",
                $"{West}name.te \"West\" has no Telugu letter",
                $"{East}name.hi is not a name language (an office is named in en and te)",
                $"{East}name.te is missing",
            ],
            _file.Errors());
    }

    [Theory]
    [InlineData("52001")]
    [InlineData("5200011")]
    [InlineData("500001")]
    [InlineData("560001")]
    [InlineData("52OO01")]
    public void Pin_not_of_andhra_pradesh(string pin)
    {
        _file[3]["pins"] = new JsonArray(pin);

        Assert.Equal([$"{West}pins[0] \"{pin}\" is not an Andhra Pradesh PIN code (six digits, 510000 to 539999)"], _file.Errors());
    }

    [Fact]
    public void Pin_listed_twice()
    {
        _file[3]["pins"] = new JsonArray("520001", "520010", "520001");

        Assert.Equal([$"{West}pins[2] \"520001\" is already listed at pins[0]"], _file.Errors());
    }

    [Fact]
    public void Point_missing_or_out_of_range()
    {
        _file[3].Remove("point");
        _file[4]["point"] = new JsonArray(200, 16.4);
        _file[6]["point"] = new JsonArray(80.75, 16.4, 10);

        Assert.Equal(
            [
                $"{West}point is missing ([longitude, latitude] of the office, for the nearest-office fallback)",
                $"{East}point [200, 16.4] is not [longitude, latitude] (longitude -180 to 180, latitude -90 to 90)",
                $"{Village}point has 3 numbers; a position is [longitude, latitude]",
            ],
            _file.Errors());
    }

    [Fact]
    public void Point_outside_its_own_boundary()
    {
        _file[6]["point"] = new JsonArray(80.65, 16.4);

        Assert.Equal([$"{Village}point [80.65, 16.4] is outside its own boundary"], _file.Errors());
    }

    [Fact]
    public void Boundary_not_closed()
    {
        _file[6]["boundary"] = TempJurisdictions.Ring([80.7, 16.3], [80.8, 16.3], [80.8, 16.5], [80.7, 16.5]);

        Assert.Equal([$"{Village}boundary is not closed: its last position [80.7, 16.5] must repeat its first [80.7, 16.3]"], _file.Errors());
    }

    [Fact]
    public void Boundary_of_two_points()
    {
        _file[6]["boundary"] = TempJurisdictions.Ring([80.7, 16.3], [80.8, 16.5], [80.7, 16.3], [80.7, 16.3]);

        Assert.Equal([$"{Village}boundary has 2 distinct points; an area needs at least 3"], _file.Errors());
    }

    [Fact]
    public void Boundary_on_one_line()
    {
        _file[6]["boundary"] = TempJurisdictions.Ring([80.7, 16.3], [80.75, 16.4], [80.8, 16.5], [80.7, 16.3]);

        Assert.Equal([$"{Village}boundary has no area: its points lie on one line"], _file.Errors());
    }

    [Fact]
    public void Boundary_crossing_itself()
    {
        // A bow tie: the edge from [80.8, 16.3] to [80.7, 16.5] crosses the one from [80.8, 16.5] back to the start.
        _file[6]["boundary"] = TempJurisdictions.Ring([80.7, 16.3], [80.8, 16.3], [80.7, 16.5], [80.8, 16.5], [80.7, 16.3]);

        Assert.Equal([$"{Village}boundary crosses itself: its edge from boundary[1] crosses its edge from boundary[3]"], _file.Errors());
    }

    [Fact]
    public void Boundary_position_out_of_range()
    {
        _file[6]["boundary"] = TempJurisdictions.Ring([80.7, 16.3], [80.8, 96], [80.8, 16.5], [80.7, 16.3]);

        Assert.Equal([$"{Village}boundary[1] [80.8, 96] is not [longitude, latitude] (longitude -180 to 180, latitude -90 to 90)"], _file.Errors());
    }

    [Fact]
    public void Secretariat_serving_nothing()
    {
        _file[6].Remove("pins");
        _file[6].Remove("boundary");

        Assert.Equal([$"{Village}serves neither pins nor a boundary: a citizen could reach it only by the nearest-office fallback"], _file.Errors());
    }

    [Fact]
    public void Boundary_outside_its_parent()
    {
        // The village reaches past the mandal's east edge at 80.9; the vertex on the edge itself is allowed.
        _file[6]["boundary"] = TempJurisdictions.Ring([80.7, 16.3], [80.95, 16.3], [80.9, 16.5], [80.7, 16.5], [80.7, 16.3]);

        Assert.Equal([$"{Village}boundary[1] [80.95, 16.3] is outside its parent ntr/rural's boundary"], _file.Errors());
    }

    [Fact]
    public void Sibling_vertex_inside_another()
    {
        // West pokes a point into east; the edges to it start on east's edge, so none crosses it.
        _file[3]["boundary"] = TempJurisdictions.Ring([80.2, 16.2], [80.4, 16.2], [80.4, 16.3], [80.45, 16.4], [80.4, 16.5], [80.4, 16.6], [80.2, 16.6], [80.2, 16.2]);

        Assert.Equal([$"{West}boundary[3] [80.45, 16.4] lies inside its sibling ntr/city/east's boundary"], _file.Errors());
    }

    [Fact]
    public void Sibling_drawn_over_another_along_a_shared_line()
    {
        // East widened west to 80.35: every vertex sits on the other's edges and no edges cross, yet they overlap.
        _file[4]["boundary"] = TempJurisdictions.Square(80.35, 16.2, 80.6, 16.6);

        Assert.Equal([$"{West}boundary's edge from boundary[1] runs inside its sibling ntr/city/east's boundary"], _file.Errors());
    }

    [Fact]
    public void Sibling_edges_crossing()
    {
        // A plus sign: each bar's vertices lie outside the other bar.
        _file[3]["boundary"] = TempJurisdictions.Square(80.25, 16.35, 80.55, 16.45);
        _file[3]["point"] = new JsonArray(80.27, 16.4);
        _file[4]["boundary"] = TempJurisdictions.Square(80.35, 16.25, 80.45, 16.55);
        _file[4]["point"] = new JsonArray(80.4, 16.27);

        Assert.Equal([$"{West}boundary's edge from boundary[0] crosses its sibling ntr/city/east's edge from boundary[1]"], _file.Errors());
    }

    [Fact]
    public void Sibling_entered_twice()
    {
        _file[4]["boundary"] = TempJurisdictions.Square(80.2, 16.2, 80.4, 16.6);
        _file[4]["point"] = new JsonArray(80.3, 16.5);

        Assert.Equal([$"{West}point [80.3, 16.4] lies inside its sibling ntr/city/east's boundary"], _file.Errors());
    }

    [Fact]
    public void Every_defect_is_listed_at_once()
    {
        _file[3]["pins"] = new JsonArray("12345");
        _file[6]["parent"] = "ntr/nowhere";

        Assert.Equal(2, _file.Errors().Count);
    }
}
