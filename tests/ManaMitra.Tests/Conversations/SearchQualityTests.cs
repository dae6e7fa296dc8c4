using ManaMitra.Catalog;
using ManaMitra.Conversations.Search;
using Xunit.Abstractions;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// Search measured on a labelled set of what citizens type — English, Telugu script, transliterated Telugu and
/// misspellings — against the shipped catalog. The accuracy is printed; the floors below catch regressions.
/// </summary>
public sealed class SearchQualityTests(ITestOutputHelper output)
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    // (what was typed, the service a person means)
    private static readonly (string Query, string Service)[] Labelled =
    [
        ("income certificate", "income-certificate"),
        ("Income Certificate", "income-certificate"),
        ("incme certificate", "income-certificate"),
        ("aadaya dhruvikarana patram", "income-certificate"),
        ("ఆదాయ ధృవీకరణ పత్రం", "income-certificate"),
        ("caste certificate", "caste-certificate"),
        ("kula dhruvikarana patram", "caste-certificate"),
        ("కుల ధృవీకరణ పత్రం", "caste-certificate"),
        ("cast certificat", "caste-certificate"),
        ("residence certificate", "residence-certificate"),
        ("EWS certificate", "ews-certificate"),
        ("obc certificate", "obc-certificate"),
        ("birth certificate", "birth-certificate"),
        ("janana dhruvikarana patram", "birth-certificate"),
        ("death certificate", "death-certificate"),
        ("ssc hall ticket", "ssc-hall-ticket"),
        ("10th hall ticket", "ssc-hall-ticket"),
        ("ssc results", "ssc-results"),
        ("inter hall ticket", "inter-hall-ticket"),
        ("inter results", "inter-results"),
        ("bus ticket", "bus-ticket"),
        ("book bus ticket", "bus-ticket"),
        ("బస్సు టికెట్", "bus-ticket"),
        ("darshan booking", "darshan-booking"),
        ("temple accommodation", "accommodation-booking"),
        ("current bill", "electricity-bill"),
        ("karent bill", "electricity-bill"),
        ("electricity bill", "electricity-bill"),
        ("electrcity bill pay", "electricity-bill"),
        ("కరెంటు బిల్లు", "electricity-bill"),
        ("property tax", "property-tax"),
        ("house tax", "house-tax"),
        ("municipal property tax", "property-tax"),
        ("water tax", "water-tax"),
        ("trade licence", "trade-licence"),
        ("trade license", "trade-licence"),
        ("ration card status", "ration-card-status"),
        ("pension status", "pension-status"),
        ("pinchanu sthiti", "pension-status"),
        ("adangal", "land-records"),
        ("1-B", "land-records"),
        ("grievance", "raise-grievance"),
        ("complaint", "raise-grievance"),
    ];

    [Fact]
    public void Most_queries_find_the_meant_service_first_and_nearly_all_in_the_top_three()
    {
        var search = new CatalogSearch(Catalog);
        int top1 = 0, top3 = 0;
        foreach (var (query, service) in Labelled)
        {
            Assert.NotNull(Catalog.FindService(service));
            var hits = search.Find(query, 3).Select(h => h.Service.Id).ToList();
            top1 += hits.FirstOrDefault() == service ? 1 : 0;
            top3 += hits.Contains(service) ? 1 : 0;
            if (hits.FirstOrDefault() != service)
            {
                output.WriteLine($"'{query}' → {string.Join(", ", hits)} (meant {service})");
            }
        }

        output.WriteLine($"top-1 {top1}/{Labelled.Length} ({100.0 * top1 / Labelled.Length:0}%), top-3 {top3}/{Labelled.Length} ({100.0 * top3 / Labelled.Length:0}%)");
        Assert.True(top1 >= Labelled.Length * 0.75, $"top-1 {top1}/{Labelled.Length}");
        Assert.True(top3 >= Labelled.Length * 0.9, $"top-3 {top3}/{Labelled.Length}");
    }
}
