using ManaMitra.Interfaces.Dashboard;

namespace ManaMitra.Tests.Observability;

/// <summary>
/// The words of searches that found nothing stay bounded however much random text citizens send, the words many
/// citizens type keep their rows, and every search still counts in the total.
/// </summary>
public sealed class UnmatchedSearchesTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_flood_of_distinct_words_stays_bounded_and_counts_on_as_other()
    {
        var searches = new UnmatchedSearches();
        for (var i = 0; i < 5; i++)
        {
            searches.Record("widow pension", Start);
        }

        for (var i = 0; i < 10_000; i++)
        {
            searches.Record($"random text {i}", Start.AddSeconds(i));
        }

        Assert.Equal(UnmatchedSearches.MaxWords, searches.ByWords.Count);
        Assert.Equal(10_005, searches.Total);
        Assert.Equal(5, searches.ByWords["widow pension"].Count);
        // The newest of the flood hold the other rows; the oldest gave their place and count as other.
        Assert.Contains("random text 9999", searches.ByWords.Keys);
        Assert.DoesNotContain("random text 0", searches.ByWords.Keys);
        Assert.Equal(10_005 - 5 - (UnmatchedSearches.MaxWords - 1), searches.Other);
    }

    [Fact]
    public void Words_searched_again_add_up_and_keep_their_latest_sighting()
    {
        var searches = new UnmatchedSearches();
        searches.Record("kabaddi tournament", Start);
        searches.Record("kabaddi tournament", Start.AddMinutes(3));
        searches.Record("kabaddi tournament", Start.AddMinutes(1));

        var kabaddi = Assert.Single(searches.ByWords).Value;
        Assert.Equal((3, Start.AddMinutes(3)), (kabaddi.Count, kabaddi.LastSeen));
    }

    [Fact]
    public void Silos_merge_into_one_bounded_table_that_keeps_the_words_typed_most()
    {
        var silos = Enumerable.Range(0, 3).Select(silo =>
        {
            var searches = new UnmatchedSearches();
            for (var i = 0; i < UnmatchedSearches.MaxWords; i++)
            {
                searches.Record($"silo {silo} words {i}", Start);
            }

            // Later than the rest: among words searched as often, the longest unseen give their place first.
            searches.Record("sand booking", Start.AddSeconds(1 + silo));
            searches.Record("sand booking", Start.AddSeconds(1 + silo));
            return searches;
        }).ToList();

        var dashboard = new UnmatchedSearches();
        foreach (var silo in silos)
        {
            dashboard.Add(silo);
        }

        Assert.Equal(UnmatchedSearches.MaxWords, dashboard.ByWords.Count);
        Assert.Equal(3 * (UnmatchedSearches.MaxWords + 2), dashboard.Total);
        var (words, sand) = dashboard.Most(1).Single();
        Assert.Equal(("sand booking", 6L, Start.AddSeconds(3)), (words, sand.Count, sand.LastSeen));
        // A merge copies: the silos' own tables are untouched.
        Assert.Equal(2, silos[0].ByWords["sand booking"].Count);
    }
}
