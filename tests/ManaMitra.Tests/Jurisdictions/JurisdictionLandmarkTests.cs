using ManaMitra.Departments.Jurisdictions;

namespace ManaMitra.Tests.Jurisdictions;

/// <summary>
/// Held-out style: real landmarks of the four sandbox districts (coordinates read off public maps, to about
/// 200 m) and the secretariat each must reach. A boundary edit or a router change that sends one elsewhere fails
/// here by name. When the sandbox boundaries are replaced by surveyed ones, re-check this table against them.
/// </summary>
public sealed class JurisdictionLandmarkTests
{
    public static TheoryData<string, double, double, string> Landmarks { get; } = new()
    {
        // place, latitude, longitude, office
        { "Vijayawada railway station", 16.5178, 80.6197, "ntr/vijayawada/governorpet" },
        { "Pandit Nehru bus station, Vijayawada", 16.5094, 80.6175, "ntr/vijayawada/governorpet" },
        { "Kanaka Durga temple, Indrakeeladri", 16.5153, 80.6055, "ntr/vijayawada/one-town" },
        { "Benz Circle, Vijayawada", 16.4997, 80.6560, "ntr/vijayawada/patamata" },
        { "Ajit Singh Nagar, Vijayawada", 16.5430, 80.6400, "ntr/vijayawada/satyanarayanapuram" },
        { "Kondapalli fort", 16.6230, 80.5340, "ntr/ibrahimpatnam/kondapalli" },
        { "Nandigama", 16.7717, 80.2917, "ntr/nandigama/nandigama" },
        { "Guntur railway station", 16.2988, 80.4426, "guntur/guntur/arundelpet" },
        { "Guntur collectorate", 16.3045, 80.4565, "guntur/guntur/lakshmipuram" },
        { "Undavalli caves", 16.4963, 80.5806, "guntur/mangalagiri-tadepalli/tadepalli" },
        { "Panakala Narasimha temple, Mangalagiri", 16.4325, 80.5680, "guntur/mangalagiri-tadepalli/mangalagiri" },
        { "AP Secretariat, Velagapudi", 16.5135, 80.5160, "guntur/thullur/velagapudi" },
        { "Visakhapatnam railway station", 17.7218, 83.2897, "visakhapatnam/gvmc/railway-new-colony" },
        { "RK Beach, Visakhapatnam", 17.7145, 83.3237, "visakhapatnam/gvmc/maharanipeta" },
        { "Dwaraka bus station, Visakhapatnam", 17.7265, 83.3030, "visakhapatnam/gvmc/dwaraka-nagar" },
        { "Andhra University", 17.7306, 83.3210, "visakhapatnam/gvmc/pedawaltair" },
        { "Kailasagiri", 17.7494, 83.3420, "visakhapatnam/gvmc/pedawaltair" },
        { "Simhachalam temple", 17.7665, 83.2505, "visakhapatnam/gvmc/simhachalam" },
        { "Tirupati railway station", 13.6276, 79.4183, "tirupati/tirupati/tilak-road" },
        { "Tirupati central bus stand", 13.6283, 79.4273, "tirupati/tirupati/korlagunta" },
        { "Alipiri", 13.6507, 79.4137, "tirupati/tirupati/alipiri" },
        { "Padmavathi temple, Tiruchanur", 13.6063, 79.4503, "tirupati/tirupati-rural/tiruchanur" },
        { "Tirupati airport, Renigunta", 13.6325, 79.5434, "tirupati/renigunta/renigunta" },
    };

    [Theory]
    [MemberData(nameof(Landmarks))]
    public void A_landmark_reaches_the_secretariat_that_holds_it(string place, double latitude, double longitude, string office)
    {
        var routed = ShippedJurisdictions.Router.Route(new GeoPoint(longitude, latitude));

        Assert.True(
            routed is { Match: RouteMatch.Contained } && routed.Office.Id == office,
            $"{place} reached {routed?.Office.Id ?? "no office"} ({routed?.Match}), not {office}");
    }
}
