namespace ManaMitra.Departments.Jurisdictions;

/// <summary>The router's settings, from <c>ManaMitra:Jurisdictions</c> (env <c>ManaMitra__Jurisdictions__…</c>).</summary>
public sealed class JurisdictionOptions
{
    public const string Section = "ManaMitra:Jurisdictions";

    /// <summary>
    /// How far the nearest-office fallback may reach, in kilometres. A mandal is roughly 15–25 km across, so a
    /// point farther than this from every secretariat is outside what the file covers (another state, a gap in
    /// coverage) and is refused rather than sent to a stranger's office.
    /// </summary>
    public double MaxFallbackKilometres { get; set; } = 25;
}
