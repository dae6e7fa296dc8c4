using System.Text.Json.Nodes;
using ManaMitra.Departments.Jurisdictions;

namespace ManaMitra.Tests.Jurisdictions;

/// <summary>The routing rules of docs/GRIEVANCES.md on the shipped sandbox file: containment, edges, fallback, reach, PINs, lists and chains.</summary>
public sealed class JurisdictionRoutingTests
{
    private static readonly JurisdictionRouter Router = ShippedJurisdictions.Router;
    private static readonly OfficeTree Tree = ShippedJurisdictions.Tree;

    [Theory]
    [InlineData(80.625, 16.512, "ntr/vijayawada/governorpet")]
    [InlineData(80.445, 16.300, "guntur/guntur/arundelpet")]
    [InlineData(83.330, 17.740, "visakhapatnam/gvmc/pedawaltair")]
    [InlineData(79.414, 13.6275, "tirupati/tirupati/tilak-road")]
    public void A_point_inside_a_ward_reaches_that_ward(double longitude, double latitude, string office)
    {
        var routed = Router.Route(new GeoPoint(longitude, latitude));

        Assert.Equal(new RoutedOffice(Tree.Find(office)!, RouteMatch.Contained, null), routed);
    }

    [Fact]
    public void A_point_on_an_edge_two_wards_share_goes_to_the_id_that_sorts_first()
    {
        // Governorpet and Patamata share the line at longitude 80.64 from the river to 16.525.
        var edge = new GeoPoint(80.64, 16.51);
        Assert.True(Tree.Find("ntr/vijayawada/governorpet")!.Boundary!.OnEdge(edge));
        Assert.True(Tree.Find("ntr/vijayawada/patamata")!.Boundary!.OnEdge(edge));

        Assert.Equal("ntr/vijayawada/governorpet", Router.Route(edge)!.Office.Id);
    }

    [Fact]
    public void A_point_on_the_river_between_two_districts_goes_to_the_id_that_sorts_first()
    {
        // The Krishna between Vijayawada's Governorpet and Guntur's Tadepalli: both wards' edges run along it.
        var river = new GeoPoint(80.62, 16.4972);
        Assert.True(Tree.Find("ntr/vijayawada/governorpet")!.Boundary!.OnEdge(river));
        Assert.True(Tree.Find("guntur/mangalagiri-tadepalli/tadepalli")!.Boundary!.OnEdge(river));

        Assert.Equal("guntur/mangalagiri-tadepalli/tadepalli", Router.Route(river)!.Office.Id);
    }

    [Fact]
    public void A_point_outside_every_boundary_goes_to_the_nearest_secretariat_with_its_distance()
    {
        // Gannavaram airport, in Krishna district, which the sandbox does not cover.
        var routed = Router.Route(new GeoPoint(80.7968, 16.5304))!;

        Assert.Equal(("ntr/vijayawada/patamata", RouteMatch.Nearest), (routed.Office.Id, routed.Match));
        Assert.Equal(13.81, routed.DistanceKilometres!.Value, precision: 2);
    }

    [Fact]
    public void A_point_in_a_city_but_in_no_ward_goes_to_the_nearest_ward_of_that_city()
    {
        // Visakhapatnam airport: inside the corporation, in none of the sandbox's wards.
        var routed = Router.Route(new GeoPoint(83.2245, 17.7212))!;

        Assert.Equal(("visakhapatnam/gvmc/simhachalam", RouteMatch.Nearest), (routed.Office.Id, routed.Match));
        Assert.Equal(5.81, routed.DistanceKilometres!.Value, precision: 2);
    }

    [Fact]
    public void A_point_in_a_district_but_in_no_mandal_goes_to_the_nearest_secretariat_of_that_district()
    {
        // Tirumala: inside the sandbox's Tirupati district, outside its mandals.
        var routed = Router.Route(new GeoPoint(79.3474, 13.6833))!;

        Assert.Equal(("tirupati/tirupati/alipiri", RouteMatch.Nearest), (routed.Office.Id, routed.Match));
        Assert.Equal(8.07, routed.DistanceKilometres!.Value, precision: 2);
    }

    [Theory]
    [InlineData(77.2090, 28.6139)] // New Delhi
    [InlineData(78.4867, 17.3850)] // Hyderabad
    [InlineData(78.0373, 15.8281)] // Kurnool: Andhra Pradesh, but far from the sandbox's districts
    public void A_point_beyond_the_fallback_reach_of_every_office_is_refused(double longitude, double latitude)
    {
        Assert.Null(Router.Route(new GeoPoint(longitude, latitude)));
    }

    [Fact]
    public void The_fallback_reach_is_configuration()
    {
        var near = new JurisdictionRouter(Tree, new JurisdictionOptions { MaxFallbackKilometres = 5 });

        // Gannavaram's nearest secretariat is 13.8 km away, and no boundary holds it: nothing.
        Assert.Null(near.Route(new GeoPoint(80.7968, 16.5304)));
        // Tirumala's is 8.1 km away, but the district holds it: the district office, to route by hand.
        Assert.Equal(new RoutedOffice(Tree.Find("tirupati")!, RouteMatch.Contained, null), near.Route(new GeoPoint(79.3474, 13.6833)));
    }

    [Fact]
    public void The_fallback_stays_inside_the_office_that_holds_the_point()
    {
        using var file = new TempJurisdictions();
        // East ward narrowed to 80.4–80.5 leaves 80.5–80.6 of the city in no ward; its point moved west.
        file[4]["boundary"] = TempJurisdictions.Square(80.4, 16.2, 80.5, 16.6);
        file[4]["point"] = new JsonArray(80.42, 16.4);
        var router = new JurisdictionRouter(file.Load(), new JurisdictionOptions());
        var gap = new GeoPoint(80.59, 16.4);
        Assert.True(gap.KilometresTo(new GeoPoint(80.75, 16.4)) < gap.KilometresTo(new GeoPoint(80.42, 16.4)));

        var routed = router.Route(gap)!;

        // The rural village's point is nearer, but the citizen is in the city: the city's nearest ward.
        Assert.Equal(("ntr/city/east", RouteMatch.Nearest), (routed.Office.Id, routed.Match));
    }

    [Fact]
    public void A_pin_of_one_ward_reaches_that_ward()
    {
        Assert.Equal(["ntr/vijayawada/one-town"], Router.Route("520001").Select(o => o.Id));
        Assert.Equal(["ntr/vijayawada/one-town"], Router.Route(" 520001 ").Select(o => o.Id));
    }

    [Theory]
    [InlineData("520010", "ntr/vijayawada/governorpet", "ntr/vijayawada/patamata")]
    [InlineData("517501", "tirupati/tirupati/korlagunta", "tirupati/tirupati/tilak-road")]
    public void A_pin_served_by_two_wards_returns_both_for_the_citizen_to_choose(string pin, string first, string second)
    {
        Assert.Equal([first, second], Router.Route(pin).Select(o => o.Id));
    }

    [Theory]
    [InlineData("110001")]
    [InlineData("52000")]
    [InlineData("")]
    public void A_pin_no_office_serves_returns_none(string pin)
    {
        Assert.Empty(Router.Route(pin));
    }

    [Fact]
    public void A_pin_listed_at_two_tiers_goes_to_the_deeper_office()
    {
        using var file = new TempJurisdictions();
        file[5]["pins"] = new JsonArray("521001");

        Assert.Equal(["ntr/rural/village"], new JurisdictionRouter(file.Load(), new JurisdictionOptions()).Route("521001").Select(o => o.Id));
    }

    [Fact]
    public void A_district_lists_its_mandals_and_a_mandal_its_villages_in_file_order()
    {
        Assert.Equal(["ntr/vijayawada", "ntr/ibrahimpatnam", "ntr/nandigama"], Tree.Children("ntr").Select(o => o.Id));
        Assert.Equal(
            ["ntr/vijayawada/one-town", "ntr/vijayawada/governorpet", "ntr/vijayawada/satyanarayanapuram", "ntr/vijayawada/patamata"],
            Tree.Children("ntr/vijayawada").Select(o => o.Id));
        Assert.Empty(Tree.Children("ntr/vijayawada/patamata"));
        Assert.Equal(["ntr", "guntur", "visakhapatnam", "tirupati"], Tree.Children("ap").Select(o => o.Id));
    }

    [Fact]
    public void The_escalation_chain_runs_up_to_the_state()
    {
        Assert.Equal(["ntr/vijayawada", "ntr", "ap"], Tree.EscalationChain("ntr/vijayawada/governorpet").Select(o => o.Id));
        Assert.Equal(["ntr/ibrahimpatnam", "ntr", "ap"], Tree.EscalationChain("ntr/ibrahimpatnam/kondapalli").Select(o => o.Id));
        Assert.Equal(["ap"], Tree.EscalationChain("guntur").Select(o => o.Id));
        Assert.Empty(Tree.EscalationChain("ap"));
        Assert.Empty(Tree.EscalationChain("nowhere"));
    }

    [Fact]
    public void The_shipped_sandbox_covers_the_four_districts_each_with_mandals_and_secretariats()
    {
        foreach (var district in Tree.Children("ap"))
        {
            var tiers = Tree.Children(district.Id);
            Assert.True(tiers.Count >= 2, $"{district.Id} has {tiers.Count} mandals or urban local bodies");
            Assert.True(tiers.Sum(t => Tree.Children(t.Id).Count) >= 3, $"{district.Id} has too few secretariats");
        }
    }
}
