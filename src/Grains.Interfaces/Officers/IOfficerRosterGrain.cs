namespace ManaMitra.Interfaces.Officers;

/// <summary>Every officer account by name, for the administrator's list. Keyed by <see cref="Key"/>: one roster.</summary>
public interface IOfficerRosterGrain : IGrainWithStringKey
{
    public const string Key = "officers";

    Task Add(OfficerListing listing);

    /// <summary>By department, then name.</summary>
    Task<IReadOnlyList<OfficerListing>> List();
}

[GenerateSerializer, Immutable]
public sealed record OfficerListing(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] OfficerRole Role,
    [property: Id(3)] string? DepartmentId,
    [property: Id(4)] string? OfficeId = null);
