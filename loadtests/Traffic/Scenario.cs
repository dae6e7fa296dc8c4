namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// A named load: who the citizens are, what each says, how their arrivals are shaped, and which of Meta's habits
/// (repeat deliveries, a throttling Cloud API) the run adds.
/// </summary>
public sealed record Scenario(
    string Name,
    string Description,
    LoadShape Shape,
    Func<CatalogChoices, Random, IEnumerable<ScriptedMessage>> Script,
    double DefaultMaxP99Ms)
{
    public MetaRetries Retries { get; init; } = MetaRetries.None;

    public SinkFaults SinkFaults { get; init; } = SinkFaults.None;

    /// <summary>How long replies may still come after the last send; longer where refused sends are retried with backoff.</summary>
    public TimeSpan DefaultDrain { get; init; } = TimeSpan.FromSeconds(10);
}

public abstract record LoadShape;

/// <summary>A fixed number of citizens, each sending its next message once the previous one is fully answered and it has thought a while.</summary>
public sealed record ClosedShape(int Citizens, TimeSpan MinThink, TimeSpan MaxThink) : LoadShape;

/// <summary>
/// Messages arrive at a rate set by the clock. Each citizen's messages are <paramref name="CitizenGap"/> apart (at
/// peak rate), so a citizen never has two messages in flight and the order of their replies is known.
/// </summary>
/// <param name="RampFraction">Zero for a constant rate; otherwise the rate climbs from a tenth of <paramref name="RatePerSecond"/> to all of it over this fraction of the run, then holds.</param>
public sealed record OpenShape(double RatePerSecond, double RampFraction, TimeSpan CitizenGap) : LoadShape
{
    public ArrivalSchedule Schedule(double durationSeconds) => RampFraction == 0
        ? ArrivalSchedule.Constant(RatePerSecond, durationSeconds)
        : ArrivalSchedule.Ramp(RatePerSecond / 10, RatePerSecond, durationSeconds * RampFraction, durationSeconds);

    /// <summary>A new citizen for every script, as many at once as the peak rate sends within the gap.</summary>
    public CitizenSlots Slots() => CitizenSlots.Spaced(RatePerSecond, CitizenGap);
}
