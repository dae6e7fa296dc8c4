using System.Diagnostics.Metrics;

namespace ManaMitra.Observability;

/// <summary>
/// Searches citizens typed, on <see cref="ManaMitraMetrics"/>' meter: <c>manamitra_searches_total</c> and
/// <c>manamitra_search_no_match_total</c>, both by the citizen's language, so the share that found nothing is a rate
/// of the two. Never the words: any text is a series of its own and may name a citizen. The words reach the dashboard
/// masked, through <see cref="DashboardTally.FoundNothing"/>.
/// </summary>
public sealed class SearchMetrics
{
    public const string SearchesName = "manamitra.searches";
    public const string NoMatchName = "manamitra.search.no_match";

    private readonly Counter<long> _searches;
    private readonly Counter<long> _noMatch;

    public SearchMetrics(ManaMitraMetrics metrics)
    {
        var meter = metrics.Meter;
        _searches = meter.CreateCounter<long>(SearchesName, description: "Searches citizens typed (a results screen shown again is none), by language.");
        _noMatch = meter.CreateCounter<long>(NoMatchName, description: "Typed searches that found no service, by language.");
    }

    /// <param name="language">The catalog's code of the citizen's language: one of a few.</param>
    public void Searched(string language, bool foundNothing)
    {
        var tag = new KeyValuePair<string, object?>("language", language);
        _searches.Add(1, tag);
        if (foundNothing)
        {
            _noMatch.Add(1, tag);
        }
    }
}
