namespace ManaMitra.Catalog;

/// <summary>
/// Department and service ids already taken anywhere in the catalog, with where they were
/// taken, so a duplicate can name both places.
/// </summary>
internal sealed class CatalogIds
{
    // The platform issues citizens' statements of their data under its own id: a department by that name would pass for it.
    private readonly Dictionary<string, string> _departments = new(StringComparer.Ordinal) { [ServiceCatalog.PlatformIssuer] = "ManaMitra itself" };
    private readonly Dictionary<string, string> _services = new(StringComparer.Ordinal);

    /// <returns>Null when the id is free, else where it was first used.</returns>
    public string? ClaimDepartment(string id, string place) => Claim(_departments, id, place);

    /// <returns>Null when the id is free, else where it was first used.</returns>
    public string? ClaimService(string id, string place) => Claim(_services, id, place);

    private static string? Claim(Dictionary<string, string> taken, string id, string place) =>
        taken.TryAdd(id, place) ? null : taken[id];
}
