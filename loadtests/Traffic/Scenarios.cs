namespace ManaMitra.LoadTests.Traffic;

/// <summary>The scenarios the load tool knows, by the name given to <c>--scenario</c>.</summary>
public static class Scenarios
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("smoke",
            "closed model: 20 citizens, 100-300 ms think time; hi, English, then departments → department → service → menu, over and over",
            new ClosedShape(20, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(300)),
            CitizenScripts.Smoke,
            DefaultMaxP99Ms: 1000),
        new("results-day",
            "open model, ramping: a burst of distinct students; hi, English, then a search for a hall ticket or results",
            new OpenShape(RatePerSecond: 200, RampFraction: 0.5, CitizenGap: TimeSpan.FromSeconds(1)),
            (_, random) => CitizenScripts.ResultsDay(random),
            DefaultMaxP99Ms: 2000),
        new("mixed-day",
            "open model, constant rate: half Telugu half English, searches and menu taps across departments",
            new OpenShape(RatePerSecond: 100, RampFraction: 0, CitizenGap: TimeSpan.FromSeconds(1)),
            CitizenScripts.MixedDay,
            DefaultMaxP99Ms: 2000),
    ];

    public static Scenario? Find(string name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
