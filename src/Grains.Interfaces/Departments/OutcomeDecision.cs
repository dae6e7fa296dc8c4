namespace ManaMitra.Interfaces.Departments;

/// <summary>
/// An official's decision on an application, carried by the <see cref="ServiceOutcome"/> that tells the citizen, so a
/// notification sent days later can use the template for that decision.
/// </summary>
/// <param name="ServiceId">The catalog service applied for, whose name the citizen reads.</param>
/// <param name="Note">The official's reason for a rejection or what to correct for a return; may be empty on approval.</param>
/// <param name="Appealable">A rejection the citizen may still appeal (not one made on appeal, which is final).</param>
[GenerateSerializer, Immutable]
public sealed record OutcomeDecision(
    [property: Id(0)] Verdict Verdict,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] string Note,
    [property: Id(3)] bool Appealable = false);

public enum Verdict
{
    Approved,
    Rejected,

    /// <summary>Sent back to the citizen to correct and submit again.</summary>
    Returned,
}
