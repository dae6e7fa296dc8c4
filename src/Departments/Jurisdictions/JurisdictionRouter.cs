namespace ManaMitra.Departments.Jurisdictions;

/// <summary>
/// Finds the office for a citizen's shared location or typed PIN. Pure and allocation-light: the boundaries are
/// scanned deepest tier first behind a bounding-box check.
/// </summary>
/// <remarks>
/// A location resolves as follows (docs/GRIEVANCES.md):
/// <list type="number">
/// <item>The deepest office whose boundary holds it (edges included). A point on an edge shared by two offices of the
/// same tier goes to the one whose id sorts first (ordinal), so the same point always reaches the same office.</item>
/// <item>If that office is a secretariat: <see cref="RouteMatch.Contained"/>.</item>
/// <item>Otherwise the nearest secretariat by its point (haversine) — among those under the office that holds the
/// point, or among all when none does — if within <see cref="JurisdictionOptions.MaxFallbackKilometres"/>:
/// <see cref="RouteMatch.Nearest"/> with the distance. Staying under the holding office keeps a gap inside a mandal
/// from being filled by the next mandal's secretariat.</item>
/// <item>Otherwise the office that holds the point, if any (its officers route it by hand); else none.</item>
/// </list>
/// </remarks>
public sealed class JurisdictionRouter
{
    private readonly OfficeTree _tree;
    private readonly double _maxFallbackKilometres;

    // Deepest tier first, then by id: the first boundary that holds a point is the answer, ties on shared edges included.
    private readonly Office[] _bounded;
    private readonly Office[] _secretariats;
    private readonly Dictionary<string, Office[]> _byPin;

    public JurisdictionRouter(OfficeTree tree, JurisdictionOptions options)
    {
        _tree = tree;
        _maxFallbackKilometres = options.MaxFallbackKilometres;
        _bounded = [.. tree.Offices.Where(o => o.Boundary is not null)
            .OrderByDescending(o => o.Kind.Level()).ThenBy(o => o.Id, StringComparer.Ordinal)];
        _secretariats = [.. tree.Offices.Where(o => o.Kind.IsSecretariat()).OrderBy(o => o.Id, StringComparer.Ordinal)];
        // A PIN listed at several tiers is answered by the deepest: the office that works the grievance.
        _byPin = tree.Offices.SelectMany(o => o.Pins.Select(pin => (pin, o)))
            .GroupBy(p => p.pin, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(p => p.o).Where(o => o.Kind.Level() == g.Max(p => p.o.Kind.Level())).OrderBy(o => o.Id, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
    }

    /// <returns>The office and how it was found, or null when the location is beyond the file's reach.</returns>
    public RoutedOffice? Route(GeoPoint location)
    {
        var holder = Array.Find(_bounded, o => o.Boundary!.Contains(location));
        if (holder is not null && holder.Kind.IsSecretariat())
        {
            return new RoutedOffice(holder, RouteMatch.Contained, null);
        }

        var candidates = holder is null ? _secretariats : _tree.SecretariatsUnder(holder);
        Office? nearest = null;
        var distance = double.PositiveInfinity;
        foreach (var office in candidates)
        {
            var d = location.KilometresTo(office.Point);
            if (d < distance || (d == distance && string.CompareOrdinal(office.Id, nearest!.Id) < 0))
            {
                (nearest, distance) = (office, d);
            }
        }

        if (nearest is not null && distance <= _maxFallbackKilometres)
        {
            return new RoutedOffice(nearest, RouteMatch.Nearest, distance);
        }

        return holder is null ? null : new RoutedOffice(holder, RouteMatch.Contained, null);
    }

    /// <summary>
    /// The offices serving a typed PIN, by id; several when the PIN spans wards (the chat then asks the citizen
    /// which), none for a PIN the file does not list.
    /// </summary>
    public IReadOnlyList<Office> Route(string pin) => _byPin.TryGetValue(pin.Trim(), out var offices) ? offices : [];
}
