using System.Globalization;
using ManaMitra.Departments.Records;

namespace ManaMitra.Departments.Sandbox;

/// <summary>
/// One slot per choice and day: a bus service on any route between two different places (45 seats), a darshan
/// hour at a temple (100 pilgrims), a room block (20 rooms), anything else 50 places. A session the citizen chose
/// starts when the catalog says; without one the hour is made up, the same for the same choices.
/// </summary>
public sealed class SandboxSlotInventory : ISlotInventory
{
    public const int BusSeats = 45;
    public const int DarshanPilgrims = 100;
    public const int Rooms = 20;
    public const int OtherPlaces = 50;

    public Task<SlotOffer?> Find(string departmentId, string serviceId, IReadOnlyList<string> criteria, DateOnly date, TimeOnly? startsAt)
    {
        var parts = criteria.Select(Normalise).ToList();
        // A route needs two ends: from and to the same place is no journey.
        if (parts.Any(p => p.Length == 0) || parts.Distinct(StringComparer.Ordinal).Count() != parts.Count)
        {
            return Task.FromResult<SlotOffer?>(null);
        }

        var random = SandboxSeed.For(["slot", departmentId, serviceId, .. parts]);
        var (capacity, invented) = serviceId switch
        {
            _ when serviceId.Contains("darshan", StringComparison.Ordinal) => (DarshanPilgrims, new TimeOnly(6 + random.Next(12), 0)),
            _ when serviceId.Contains("accommodation", StringComparison.Ordinal) => (Rooms, new TimeOnly(12, 0)),
            _ when serviceId.Contains("bus", StringComparison.Ordinal) => (BusSeats, new TimeOnly(5, 0).AddMinutes(30 * random.Next(36))),
            _ => (OtherPlaces, new TimeOnly(9 + random.Next(8), 0)),
        };
        var starts = startsAt ?? invented;
        var key = string.Join(':', [departmentId, serviceId, .. parts, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), starts.ToString("HHmm", CultureInfo.InvariantCulture)]);
        return Task.FromResult<SlotOffer?>(new SlotOffer(key, capacity, starts));
    }

    // Keys must not depend on how the citizen typed the place: "Vijayawada " and "vijayawada" are one route.
    private static string Normalise(string value) =>
        string.Join('-', value.Trim().ToLowerInvariant().Split([' ', ':', '/'], StringSplitOptions.RemoveEmptyEntries));
}
