using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Languages;

namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary><c>GET /api/catalog</c>: the departments and services citizens can reach, as the silo loaded them.</summary>
public static class CatalogEndpoints
{
    public static void MapCatalog(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/catalog", (ServiceCatalog catalog, ConsentNotice consent) => Results.Ok(CatalogDocument.From(catalog, consent)));
}

/// <param name="ConsentNotice">
/// The version of the consent notice citizens are asked to agree to, as the conversation computes it: what a load
/// generator or a department's integration needs to tap "I agree" the way a citizen does.
/// </param>
public sealed record CatalogDocument(string Version, string ConsentNotice, IReadOnlyList<DepartmentDocument> Departments)
{
    public static CatalogDocument From(ServiceCatalog catalog, ConsentNotice consent) => new(
        catalog.Version,
        consent.Version,
        catalog.Departments.Select(d => new DepartmentDocument(d.Id, d.Name, d.Description,
            d.Services.Select(s => new ServiceDocument(s.Id, s.Name, s.Description, s.Handler.ToString(), s.Fulfilment.Name(), s.Fee, s.SlaDays,
                s.Inputs.Select(i => new InputDocument(i.Id, i.Kind.ToString(), i.Prompt)).ToList())).ToList())).ToList());
}

public sealed record DepartmentDocument(string Id, LocalizedText Name, LocalizedText Description, IReadOnlyList<ServiceDocument> Services);

public sealed record ServiceDocument(string Id, LocalizedText Name, LocalizedText Description, string Handler, string Fulfilment, decimal Fee, int SlaDays, IReadOnlyList<InputDocument> Inputs);

public sealed record InputDocument(string Id, string Kind, LocalizedText Prompt);
