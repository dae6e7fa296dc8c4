using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Departments.Jurisdictions;
using ManaMitra.Interfaces.Grievances;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// The offices a grievance goes to and up through: the secretariat of the place the citizen shared (or whose PIN they
/// typed), its mandal or urban local body, its district, then the department at the state. Without a place that
/// routes, the department at the state answers alone.
/// </summary>
public sealed class GrievanceOffices(JurisdictionRouter router, OfficeTree offices)
{
    public IReadOnlyList<GrievanceOffice> Chain(Department department, Answers answers)
    {
        var atState = new GrievanceOffice(department.Id, department.Name);
        if (Place(answers) is not { } office)
        {
            return [atState];
        }

        // The state's own office is the government as a whole; a grievance's last resort is its department there.
        return
        [
            .. new[] { office }.Concat(offices.EscalationChain(office.Id))
                .Where(o => o.Kind != OfficeKind.State)
                .Select(o => new GrievanceOffice(o.Id, o.Name)),
            atState,
        ];
    }

    // A shared location first (a point in a boundary, or the nearest secretariat); else a PIN — typed for the location
    // or asked for itself — whose lowest-numbered office stands in until the chat asks which of several is meant.
    private Office? Place(Answers answers)
    {
        var location = answers.First(InputKind.Location);
        if (location is not null && Parse(location) is { } point && router.Route(point) is { } routed)
        {
            return routed.Office;
        }

        var pin = location is not null && !location.Contains(',', StringComparison.Ordinal) ? location : answers.First(InputKind.PinCode);
        return pin is not null ? router.Route(pin).FirstOrDefault() : null;
    }

    /// <summary>A shared location as the form keeps it: <c>latitude,longitude</c>.</summary>
    private static GeoPoint? Parse(string answer) =>
        answer.Split(',') is [var lat, var lon]
        && double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
        && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            ? new GeoPoint(longitude, latitude)
            : null;
}
