namespace ManaMitra.Interfaces.Ledger;

/// <summary>One link of the chain: a fact with its place (<see cref="Seq"/>, from 1 without gaps), its time and its hash.</summary>
[GenerateSerializer, Immutable]
public sealed record LedgerEntry(
    [property: Id(0)] long Seq,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Subject,
    [property: Id(4)] string Body,
    [property: Id(5)] byte[] PrevHash,
    [property: Id(6)] byte[] Hash)
{
    /// <summary>The entry that records <paramref name="fact"/> after the one numbered <paramref name="previousSeq"/> and hashed <paramref name="previousHash"/>.</summary>
    public static LedgerEntry After(long previousSeq, byte[] previousHash, DateTimeOffset at, LedgerFact fact)
    {
        var seq = previousSeq + 1;
        var time = LedgerHash.Microseconds(at);
        var digest = LedgerHash.Digest(seq, time, fact.Kind, fact.Subject, fact.Body);
        return new LedgerEntry(seq, time, fact.Kind, fact.Subject, fact.Body, previousHash, LedgerHash.Chain(previousHash, digest));
    }

    /// <summary>The digest of this entry's fields (<see cref="LedgerHash.Digest"/>).</summary>
    public byte[] Digest() => LedgerHash.Digest(Seq, At, Kind, Subject, Body);

    /// <summary>Whether <see cref="Hash"/> is what <see cref="PrevHash"/> and the fields give: false once a field was edited.</summary>
    public bool HashHolds() => Hash.AsSpan().SequenceEqual(LedgerHash.Chain(PrevHash, Digest()));
}
