namespace ManaMitra.Tests.Observability;

/// <summary>
/// Meters are found by name across the whole test process, so another test's traffic would show in these scrapes:
/// the metrics tests run alone, after the parallel ones, and assert differences between two scrapes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "metrics";
}
