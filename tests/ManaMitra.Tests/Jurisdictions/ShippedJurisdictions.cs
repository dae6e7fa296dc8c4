using ManaMitra.Catalog;
using ManaMitra.Departments.Jurisdictions;

namespace ManaMitra.Tests.Jurisdictions;

/// <summary>The repository's <c>catalog/jurisdictions.json</c>, loaded once (loading it is itself the check that it is valid).</summary>
internal static class ShippedJurisdictions
{
    public static OfficeTree Tree { get; } = JurisdictionLoader.Load(CatalogLoader.DefaultDirectory);

    /// <summary>With the default reach, as the silo runs it unless configured.</summary>
    public static JurisdictionRouter Router { get; } = new(Tree, new JurisdictionOptions());
}
