namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// Who sends an open model's messages: message i goes to slot i mod <see cref="Count"/>, and a slot speaks as one
/// citizen at a time, so that citizen never has two messages in flight. A slot starts as the citizen of a fixed
/// population when there is one, else as a citizen the run has not used yet; when its script ends or a webhook
/// fails, it goes on as a new citizen.
/// </summary>
public sealed record CitizenSlots(int Count)
{
    /// <summary>Citizens slots start as: slot s as the one <see cref="Offset"/> + s places on, wrapping around.</summary>
    public IReadOnlyList<string> Population { get; private init; } = [];

    public long Offset { get; private init; }

    /// <summary>New citizens, as many at once as <paramref name="peakRate"/> sends within <paramref name="gap"/>: each one's messages that far apart.</summary>
    public static CitizenSlots Spaced(double peakRate, TimeSpan gap) => new((int)Math.Max(1, Math.Ceiling(peakRate * gap.TotalSeconds)));

    /// <summary>
    /// One slot per citizen of <paramref name="population"/>, the first at <paramref name="offset"/>: successive runs
    /// that each move the offset on by the messages they sent spread their messages over the whole population.
    /// </summary>
    public static CitizenSlots Of(IReadOnlyList<string> population, long offset) =>
        new(population.Count) { Population = population, Offset = offset };

    /// <summary>The population's citizen <paramref name="slot"/> starts as, or null for a new one.</summary>
    public string? FirstCitizen(int slot) => Population.Count == 0 ? null : Population[(int)((Offset + slot) % Population.Count)];
}
