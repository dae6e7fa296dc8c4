using System.Diagnostics;
using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Search;
using ManaMitra.LoadTests.Measurement;

namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>
/// How long one search takes on the shipped catalog, over the labelled queries citizens type (both evaluation sets,
/// short keywords to long sentences), one thread, after a warm-up; and how long building the index takes at start-up.
/// <c>dotnet run -c Release --project loadtests -- --benchmark search --duration 10</c>
/// </summary>
public static class SearchBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static int Run(string repoRoot, TimeSpan duration)
    {
        var catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
        var build = Stopwatch.StartNew();
        var search = new CatalogSearch(catalog);
        build.Stop();

        var queries = Directory.GetFiles(Path.Combine(repoRoot, "tests", "ManaMitra.Tests", "testdata", "search"), "*.tsv")
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .ToArray();
        Measure(search, queries, WarmUp);
        var (times, elapsed) = Measure(search, queries, duration);
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index of {catalog.Departments.Sum(d => d.Services.Count)} services built in {build.Elapsed.TotalMilliseconds:0} ms (cold, first use)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search over {queries.Length} labelled queries: {times.Count} searches in {elapsed.TotalSeconds:0.0} s, mean {Micros(times.Average()):0} µs, p50 {Micros(times[times.Count / 2]):0} µs, p99 {Micros(times[times.Count * 99 / 100]):0} µs, max {Micros(times[^1]):0} µs, load average {LoadAverage.Now()}"));
        return 0;
    }

    private static (List<long> Ticks, TimeSpan Elapsed) Measure(CatalogSearch search, string[] queries, TimeSpan duration)
    {
        var times = new List<long>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var start = Stopwatch.GetTimestamp();
            search.Find(queries[i % queries.Length], 5);
            times.Add(Stopwatch.GetTimestamp() - start);
        }

        return (times, clock.Elapsed);
    }

    private static double Micros(double ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
}
