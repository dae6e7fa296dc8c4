using ManaMitra.Languages;

namespace ManaMitra.Interfaces.Departments;

/// <summary>
/// Runs a department's services. Stateless workers keyed by department id: any number of activations serve the
/// department in parallel, because a service's state (a slot's seats, a payment) lives in grains of its own.
/// </summary>
public interface IDepartmentServiceGrain : IGrainWithStringKey
{
    Task<ServiceOutcome> Run(ServiceRequest request);
}

/// <summary>A citizen's completed form for one service.</summary>
[GenerateSerializer, Immutable]
public sealed record ServiceRequest
{
    [Id(0)] public required string ServiceId { get; init; }

    [Id(1)] public required string CitizenId { get; init; }

    /// <summary>The code of the language the citizen reads ("te", "en"…), for any text the handler writes.</summary>
    [Id(2)] public required string LanguageCode { get; init; }

    /// <summary>Validated answers by input id, in their normalised form (Aadhaar as a keyed hash plus masked form, never in clear).</summary>
    [Id(3)] public required IReadOnlyDictionary<string, string> Answers { get; init; }

    /// <summary>Unique per submission, so a handler can make a repeated submission harmless.</summary>
    [Id(4)] public required string RequestId { get; init; }

    /// <summary>
    /// The citizen's WhatsApp number (or business-scoped user id), from the message that submitted the form: for a
    /// handler that must name the citizen to a person, as <see cref="CitizenId"/> is only a key.
    /// </summary>
    [Id(5)] public required string ReplyTo { get; init; }
}

/// <summary>What a service did, for the citizen to read.</summary>
[GenerateSerializer, Immutable]
public sealed record ServiceOutcome
{
    [Id(0)] public required OutcomeStatus Status { get; init; }

    /// <summary>Application, ticket, receipt or booking number the citizen can quote.</summary>
    [Id(1)] public string? Reference { get; init; }

    /// <summary>A short message, in every language the handler's texts have. Ids 2 and 3 held its English and Telugu before.</summary>
    [Id(7)] public required LocalizedText Message { get; init; }

    /// <summary>Labelled values to show (name, amount due, seat number…).</summary>
    [Id(4)] public IReadOnlyList<OutcomeField> Fields { get; init; } = [];

    /// <summary>The payment page (<c>…/pay/{order}</c>) when the citizen must pay to continue, for a "Pay ₹…" button.</summary>
    [Id(5)] public string? PaymentLink { get; init; }

    /// <summary>The amount the payment page asks, for the button's words.</summary>
    [Id(10)] public decimal? PaymentAmount { get; init; }

    /// <summary>
    /// The payment order behind <see cref="PaymentLink"/>, for WhatsApp's own bill (<c>order_details</c>), whose
    /// payment statuses name it by its reference.
    /// </summary>
    [Id(12)] public PaymentDue? PaymentDue { get; init; }

    /// <summary>An attempt to pay <see cref="Reference"/> failed or expired: offer to try again.</summary>
    [Id(9)] public bool PaymentRetry { get; init; }

    /// <summary>The record of an issued document (certificate, hall ticket, receipt, ticket), when the service issues one.</summary>
    [Id(6)] public IssuedDocument? Document { get; init; }

    /// <summary>An official's decision on the citizen's application, when that is what this outcome reports.</summary>
    [Id(8)] public OutcomeDecision? Decision { get; init; }

    /// <summary>
    /// The input whose answer found nothing (a bill number no account has): the chat asks that question again with
    /// <see cref="Message"/> as the reason, keeping the other answers, instead of ending the form.
    /// </summary>
    [Id(11)] public string? ReaskInput { get; init; }

    /// <summary>A ticket its holder may still cancel under the service's refund tiers: offer a "Cancel booking" button.</summary>
    [Id(13)] public bool Cancellable { get; init; }

    /// <summary>A resolved grievance: ask the citizen to rate the resolution, or reopen it.</summary>
    [Id(14)] public bool GrievanceFeedback { get; init; }

    /// <summary>An official's question waits for the citizen on this grievance: offer an "Answer" button.</summary>
    [Id(15)] public bool GrievanceQuestion { get; init; }
}

/// <summary>
/// What a payment order asks, as a bill shows it. Its reference is the payment's own (the payment grain's key), which
/// for an application's fee is not the application's reference the outcome quotes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PaymentDue
{
    [Id(0)] public required string Reference { get; init; }

    [Id(1)] public required string ServiceId { get; init; }

    [Id(2)] public required LocalizedText ServiceName { get; init; }

    [Id(3)] public required long AmountPaise { get; init; }

    public static PaymentDue Of(PaymentOrder order) => new()
    {
        Reference = order.Reference,
        ServiceId = order.ServiceId,
        ServiceName = order.ServiceName,
        AmountPaise = order.AmountPaise,
    };
}

public enum OutcomeStatus
{
    /// <summary>Done: the citizen has what they asked for (or a confirmed application).</summary>
    Completed,

    /// <summary>Waiting on the citizen: e.g. a payment link to use.</summary>
    AwaitingPayment,

    /// <summary>The department said no (no such record, slot full, not eligible) — a normal answer, not an error.</summary>
    Declined,

    /// <summary>Handed to the department: an application an official will decide (the citizen is told later). Last, so stored values keep their meaning.</summary>
    Submitted,
}

/// <summary>A labelled value. The value is one string for every reader; ids 0 and 1 held the label's English and Telugu before.</summary>
[GenerateSerializer, Immutable]
public sealed record OutcomeField([property: Id(3)] LocalizedText Label, [property: Id(2)] string Value);

/// <summary>What a document says; the documents feature renders and signs it.</summary>
[GenerateSerializer, Immutable]
public sealed record IssuedDocument
{
    [Id(0)] public required string Id { get; init; }

    /// <summary>certificate, hall-ticket, marks-memo, receipt, bus-ticket, darshan-ticket…</summary>
    [Id(1)] public required string Kind { get; init; }

    /// <summary>What the document is, usually the service's name. Ids 2 and 3 held its English and Telugu before.</summary>
    [Id(9)] public required LocalizedText Title { get; init; }

    [Id(4)] public required string HolderName { get; init; }

    [Id(5)] public required string DepartmentId { get; init; }

    [Id(6)] public required string ServiceId { get; init; }

    [Id(7)] public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The document's body; identifiers already masked (Aadhaar as XXXX XXXX 1234).</summary>
    [Id(8)] public IReadOnlyList<OutcomeField> Fields { get; init; } = [];
}
