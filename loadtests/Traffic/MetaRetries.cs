namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// Meta delivers webhooks at least once: it retries deliveries it is unsure of, sometimes while the first is still
/// being handled, and may batch a citizen's pending messages into one webhook. A share of messages is delivered
/// again here the same ways, so the run shows whether every distinct message is answered exactly once.
/// </summary>
/// <param name="DuplicateShare">The share of messages delivered 2 or 3 times in all.</param>
/// <param name="BatchShare">Of those, the share whose repeat arrives batched with the citizen's previous message.</param>
public sealed record MetaRetries(double DuplicateShare, double BatchShare)
{
    public static readonly MetaRetries None = new(0, 0);

    public Redelivery Plan(Random random)
    {
        if (DuplicateShare <= 0 || random.NextDouble() >= DuplicateShare)
        {
            return Redelivery.Once;
        }

        // Either retry kind is realistic: Meta resending after our 200 was slow, or while the first delivery is in flight.
        return new Redelivery(Copies: random.Next(1, 3), Concurrent: random.Next(3) == 0, Batched: random.NextDouble() < BatchShare);
    }
}

/// <summary>How one message is delivered beyond the first time.</summary>
/// <param name="Copies">Repeat deliveries after the first (0, 1 or 2).</param>
/// <param name="Concurrent">The first repeat goes out together with the original rather than after its 200.</param>
/// <param name="Batched">One repeat carries the citizen's previous message too, in one webhook.</param>
public sealed record Redelivery(int Copies, bool Concurrent, bool Batched)
{
    public static readonly Redelivery Once = new(0, false, false);
}
