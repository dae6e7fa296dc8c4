using ManaMitra.Departments.Jurisdictions;
using ManaMitra.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Jurisdictions;

/// <summary>The silo's services load the jurisdictions beside the catalog at start-up, with the configured reach.</summary>
public sealed class JurisdictionRegistrationTests
{
    [Fact]
    public void The_grain_services_hold_the_shipped_offices_and_a_router_with_the_configured_reach()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ManaMitra:Jurisdictions:MaxFallbackKilometres"] = "5" })
            .Build();
        using var services = new ServiceCollection().AddManaMitraGrainServices(configuration, isDevelopment: true).BuildServiceProvider();

        Assert.Equal(ShippedJurisdictions.Tree.Offices.Select(o => o.Id), services.GetRequiredService<OfficeTree>().Offices.Select(o => o.Id));
        // Gannavaram's nearest secretariat is 13.8 km away: within the default 25 km, beyond the configured 5.
        Assert.Null(services.GetRequiredService<JurisdictionRouter>().Route(new GeoPoint(80.7968, 16.5304)));
    }

    [Fact]
    public void The_catalog_directory_setting_points_at_the_jurisdictions_too()
    {
        using var file = new TempJurisdictions();
        file.Load();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ManaMitra:CatalogDirectory"] = file.Directory })
            .Build();

        Assert.Equal(7, ManaMitra.Hosting.SiloBuilderExtensions.LoadJurisdictions(configuration).Offices.Count);
    }
}
