namespace ManaMitra.Departments.Jurisdictions;

/// <summary>How a shared location found its office: the officer and the citizen are told which.</summary>
public enum RouteMatch
{
    /// <summary>The office's boundary holds the point.</summary>
    Contained,

    /// <summary>No secretariat's boundary holds it; this secretariat's point is the nearest within reach.</summary>
    Nearest,
}

/// <param name="DistanceKilometres">From the location to the office's point, for a <see cref="RouteMatch.Nearest"/> match; null otherwise.</param>
public sealed record RoutedOffice(Office Office, RouteMatch Match, double? DistanceKilometres);
