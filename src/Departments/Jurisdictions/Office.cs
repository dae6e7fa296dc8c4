using ManaMitra.Languages;

namespace ManaMitra.Departments.Jurisdictions;

/// <summary>One office a grievance can be routed or escalated to, as the jurisdictions file describes it.</summary>
/// <param name="Id">Stable and path-like (<c>ntr/vijayawada/governorpet</c>): grievances keep it, so never rename one.</param>
/// <param name="Name">In English and Telugu.</param>
/// <param name="ParentId">The office one tier up; null for the state.</param>
/// <param name="Pins">The PIN codes it serves (a PIN may be served by several offices).</param>
/// <param name="Boundary">The area it serves, when known.</param>
/// <param name="Point">Where it is (its office or its centre), for the nearest-office fallback.</param>
public sealed record Office(
    string Id,
    OfficeKind Kind,
    LocalizedText Name,
    string? ParentId,
    IReadOnlyList<string> Pins,
    Boundary? Boundary,
    GeoPoint Point);
