namespace ManaMitra.Interfaces.Ledger;

/// <summary>
/// What an entry says, before the ledger numbers, times and chains it.
/// </summary>
/// <param name="Kind">What happened: <c>document.issued</c>, <c>application.approved</c>, <c>grievance.resolved</c>…</param>
/// <param name="Subject">What it happened to: a document id or a reference, never a person.</param>
/// <param name="Body">The facts as compact JSON: ids, and digests of anything personal, never the thing itself.</param>
[GenerateSerializer, Immutable]
public sealed record LedgerFact(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Body);
