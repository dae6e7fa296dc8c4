using ManaMitra.Catalog;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// What a service's id says it is, read word by word: "vehicle-registration-details" is no ration service though
/// "registration" holds "ration", and "mobile-…" is no bill.
/// </summary>
public static class ServiceIds
{
    /// <summary>True when the id holds these whole words together, e.g. "hall-ticket" in "gurukul-hall-ticket-sc".</summary>
    public static bool Names(Service service, string words) =>
        $"-{service.Id}-".Contains($"-{words}-", StringComparison.Ordinal);
}
