using ManaMitra.Languages;

namespace ManaMitra.Interfaces.Departments;

/// <summary>
/// One bill payment, keyed by its reference (the <c>tr</c> of the UPI link). Persisted, so a confirmation that
/// arrives days later, or twice, finds the bill it settles.
/// </summary>
public interface IPaymentGrain : IGrainWithStringKey
{
    /// <summary>Records what is due. Opening again with the same order changes nothing.</summary>
    Task Open(PaymentOrder order);

    /// <summary>
    /// The payment gateway (in the sandbox: <c>POST /sandbox/payments/{reference}/confirm</c>) says the money
    /// arrived. The first confirmation marks the bill paid and sends the citizen a receipt; later ones send
    /// nothing more. Returns the receipt, the same every time, or null when no bill has this reference.
    /// </summary>
    Task<ServiceOutcome?> Confirm();
}

/// <summary>What a citizen was asked to pay, and to whom the receipt goes.</summary>
[GenerateSerializer, Immutable]
public sealed record PaymentOrder
{
    [Id(0)] public required string Reference { get; init; }

    [Id(1)] public required string CitizenId { get; init; }

    [Id(2)] public required string DepartmentId { get; init; }

    [Id(3)] public required string ServiceId { get; init; }

    /// <summary>For the receipt's title and message. Ids 4 and 5 held its English and Telugu before.</summary>
    [Id(10)] public required LocalizedText ServiceName { get; init; }

    /// <summary>The department's own number for what is billed (electricity service number, assessment number…).</summary>
    [Id(6)] public required string AccountNumber { get; init; }

    [Id(7)] public required string HolderName { get; init; }

    [Id(8)] public required decimal Amount { get; init; }

    /// <summary>What the amount covers, e.g. "November 2026" or "2026-27 first half".</summary>
    [Id(9)] public required string Period { get; init; }
}
