using ManaMitra.LoadTests.Benchmarks;

namespace ManaMitra.Tests.LoadTests;

/// <summary>Memory per resident conversation: the growth between two samples over the conversations added, and its option.</summary>
public sealed class ResidentFootprintTests
{
    [Fact]
    public void The_cost_per_conversation_is_the_growth_over_the_baseline_divided_by_the_conversations()
    {
        var footprint = new ResidentFootprint(
            Baseline: new MemorySample(HeapBytes: 60_000_000, WorkingSetBytes: 180_000_000),
            Loaded: new MemorySample(HeapBytes: 1_060_000_000, WorkingSetBytes: 1_380_000_000),
            Count: 100_000);

        Assert.Equal(10_000, footprint.HeapBytesPerConversation);
        Assert.Equal(12_000, footprint.WorkingSetBytesPerConversation);
        // (4 GiB - 180 MB baseline) / 12,000 B
        Assert.Equal(342_913, footprint.ConversationsWithin(4L << 30));
    }

    [Fact]
    public void The_count_defaults_to_a_million_must_be_a_positive_whole_number_and_may_come_with_postgres_either_side()
    {
        Assert.Equal((1_000_000, false), ResidentConversationsBenchmark.ParseOptions([]));
        Assert.Equal((100_000, false), ResidentConversationsBenchmark.ParseOptions(["--count", "100000"]));
        Assert.Equal((1_000_000, true), ResidentConversationsBenchmark.ParseOptions(["--postgres"]));
        Assert.Equal((100_000, true), ResidentConversationsBenchmark.ParseOptions(["--count", "100000", "--postgres"]));
        Assert.Equal((100_000, true), ResidentConversationsBenchmark.ParseOptions(["--postgres", "--count", "100000"]));
        Assert.Throws<ArgumentException>(() => ResidentConversationsBenchmark.ParseOptions(["--count", "0"]));
        Assert.Throws<ArgumentException>(() => ResidentConversationsBenchmark.ParseOptions(["--count", "1e6", "--postgres"]));
        Assert.Throws<ArgumentException>(() => ResidentConversationsBenchmark.ParseOptions(["--duration", "10"]));
        Assert.Throws<ArgumentException>(() => ResidentConversationsBenchmark.ParseOptions(["--postgres", "--postgres"]));
    }
}
