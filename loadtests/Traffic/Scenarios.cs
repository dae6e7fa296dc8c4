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
        new("long-forms",
            "open model, constant rate: whole certificate applications; find the service, answer every question (one wrongly first), confirm, receive the document",
            new OpenShape(RatePerSecond: 50, RampFraction: 0, CitizenGap: TimeSpan.FromSeconds(1)),
            CitizenScripts.LongForm,
            DefaultMaxP99Ms: 2000),
        new("duplicates-and-faults",
            "open model, constant rate: mixed-day citizens, a fifth of messages delivered 2-3 times (some batched), the Cloud API throttling 5% and failing 2% of sends",
            new OpenShape(RatePerSecond: 100, RampFraction: 0, CitizenGap: TimeSpan.FromSeconds(1)),
            CitizenScripts.MixedDay,
            // Refused sends come back after the system's backoff: the tail is the retry, not a queue.
            DefaultMaxP99Ms: 5000)
        {
            Retries = new MetaRetries(DuplicateShare: 0.2, BatchShare: 0.3),
            SinkFaults = new SinkFaults(ThrottleShare: 0.05, FailShare: 0.02),
            DefaultDrain = TimeSpan.FromSeconds(30),
        },
    ];

    public static Scenario? Find(string name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
