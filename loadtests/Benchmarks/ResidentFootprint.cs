namespace ManaMitra.LoadTests.Benchmarks;

/// <summary>The process's memory after a full, compacting collection: what is live, and what the OS has given it.</summary>
public readonly record struct MemorySample(long HeapBytes, long WorkingSetBytes);

/// <summary>What <paramref name="Count"/> more resident conversations cost between two samples.</summary>
public sealed record ResidentFootprint(MemorySample Baseline, MemorySample Loaded, int Count)
{
    public double HeapBytesPerConversation => (double)(Loaded.HeapBytes - Baseline.HeapBytes) / Count;

    public double WorkingSetBytesPerConversation => (double)(Loaded.WorkingSetBytes - Baseline.WorkingSetBytes) / Count;

    /// <summary>How many such conversations fit in <paramref name="budgetBytes"/> of working set on top of the baseline.</summary>
    public long ConversationsWithin(long budgetBytes) =>
        WorkingSetBytesPerConversation <= 0 ? long.MaxValue : (long)((budgetBytes - Baseline.WorkingSetBytes) / WorkingSetBytesPerConversation);
}
