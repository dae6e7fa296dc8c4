using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.WebhookFrontend.Endpoints;

namespace ManaMitra.Tests.Catalog;

/// <summary>What <c>GET /api/catalog</c> says of each service, as ASP.NET writes it.</summary>
public sealed class CatalogDocumentTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public void Every_service_states_its_fulfilment_as_the_files_spell_it()
    {
        var body = JsonSerializer.SerializeToElement(CatalogDocument.From(Catalog, new ConsentNotice(Catalog.Texts, new ChatOptions())), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        var stated = body.GetProperty("departments").EnumerateArray()
            .SelectMany(d => d.GetProperty("services").EnumerateArray())
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("fulfilment").GetString(), StringComparer.Ordinal);

        var services = Catalog.Departments.SelectMany(d => d.Services).ToList();
        Assert.Equal(services.Count, stated.Count);
        Assert.All(services, s => Assert.Equal(s.Fulfilment.Name(), stated[s.Id]));
        Assert.Equal("record", stated["signed-1b-extract"]);
        Assert.Equal("application", stated["income-certificate"]);
    }
}
