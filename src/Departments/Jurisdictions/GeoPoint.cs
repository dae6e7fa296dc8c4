namespace ManaMitra.Departments.Jurisdictions;

/// <summary>
/// A place on the earth as WhatsApp shares it, in degrees. The jurisdictions file writes it GeoJSON's way,
/// <c>[longitude, latitude]</c>, so boundaries can be pasted from and checked in any GIS tool.
/// </summary>
public readonly record struct GeoPoint(double Longitude, double Latitude)
{
    /// <summary>The mean earth radius (IUGG): at AP's latitudes haversine with it errs well under 0.5 %.</summary>
    private const double EarthRadiusKilometres = 6371.0088;

    public bool IsValid =>
        double.IsFinite(Longitude) && double.IsFinite(Latitude) && Longitude is >= -180 and <= 180 && Latitude is >= -90 and <= 90;

    /// <summary>The great-circle distance (haversine), for the nearest-office fallback and the distance it reports.</summary>
    public double KilometresTo(GeoPoint other)
    {
        var lat1 = double.DegreesToRadians(Latitude);
        var lat2 = double.DegreesToRadians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = double.DegreesToRadians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKilometres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>As the file writes it, so a message points at the very numbers an official typed.</summary>
    public override string ToString() => FormattableString.Invariant($"[{Longitude}, {Latitude}]");
}
