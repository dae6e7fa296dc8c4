using ManaMitra.Languages;

namespace ManaMitra.Catalog;

/// <summary>Departments and their services, and the languages they are offered in, as loaded and validated from the catalog files.</summary>
public sealed class ServiceCatalog
{
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, (Department Department, Service Service)> _services;

    public ServiceCatalog(string version, IReadOnlyList<Department> departments, Texts texts)
    {
        Version = version;
        Texts = texts;
        Departments = departments;
        _departments = departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _services = departments
            .SelectMany(d => d.Services.Select(s => (d, s)))
            .ToDictionary(p => p.s.Id, p => (p.d, p.s), StringComparer.Ordinal);
    }

    public string Version { get; }

    public IReadOnlyList<Department> Departments { get; }

    /// <summary>The languages offered and everything said in them that is not a department's own data.</summary>
    public Texts Texts { get; }

    /// <summary>How citizens write beyond the services' own words: filler, word endings, synonyms.</summary>
    public SearchVocabulary Search { get; init; } = SearchVocabulary.None;

    public Department? FindDepartment(string id) => _departments.GetValueOrDefault(id);

    /// <summary>
    /// The issuer of what no department issues: ManaMitra itself, which answers a citizen's request for a statement
    /// of the data it holds about them. No department may take this id (<see cref="CatalogIds"/>).
    /// </summary>
    public const string PlatformIssuer = "manamitra";

    /// <summary>Who issued a document, by its issuer id: a department, the platform, or the bare id of one no longer in the catalog.</summary>
    public LocalizedText IssuerName(string id) => FindDepartment(id)?.Name
        ?? (id == PlatformIssuer ? Texts.Documents.Platform : LocalizedText.Of((Texts.FallbackLanguage, id)));

    /// <summary>Service ids are unique across the whole catalog, so a service id alone names it.</summary>
    public (Department Department, Service Service)? FindService(string id) =>
        _services.TryGetValue(id, out var found) ? found : null;
}

public sealed record Department(string Id, LocalizedText Name, LocalizedText Description, IReadOnlyList<Service> Services);

/// <param name="BookableDays">How far ahead a booking's date may be, today included as day 0; only bookings use it.</param>
public sealed record Service(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    HandlerKind Handler,
    decimal Fee,
    int SlaDays,
    IReadOnlyList<ServiceInput> Inputs,
    IReadOnlyList<string> Keywords,
    Fulfilment Fulfilment,
    int BookableDays = BookingWindow.DefaultDays)
{
    /// <summary>A paid booking's refund tiers (<see cref="Cancellations"/>); empty when its tickets are final.</summary>
    public IReadOnlyList<CancellationTier> Cancellation { get; init; } = [];
}

/// <summary>One question a service asks before it can run.</summary>
/// <param name="Prompt">The question the chat asks ("Which darshan?").</param>
/// <param name="Label">
/// The noun printed beside the answer on a document or in a summary ("Darshan"); present wherever
/// <see cref="PrintedAnswers"/> says the answer is printed, and never a question.
/// </param>
public sealed record ServiceInput(string Id, InputKind Kind, LocalizedText Prompt, IReadOnlyList<InputChoice> Choices, LocalizedText? Label = null)
{
    /// <summary>Where its value is found in a sentence that names the service, so the form starts with it answered.</summary>
    public IReadOnlyList<SlotPattern> Slots { get; init; } = [];

    /// <summary>
    /// An <see cref="InputKind.Otp"/> input's earlier <see cref="InputKind.Aadhaar"/> input, by id: the code goes to
    /// the mobile on record for that Aadhaar number (<see cref="OtpInputs"/>). Null on every other kind.
    /// </summary>
    public string? LinkedTo { get; init; }
}

/// <param name="StartsAt">When a session a booking offers ("Morning") starts; null for any other option.</param>
/// <param name="Fare">What one place costs when this option is chosen (<see cref="Fares"/>); null to charge the service's fee.</param>
public sealed record InputChoice(string Id, LocalizedText Label, TimeOnly? StartsAt = null, decimal? Fare = null);

/// <summary>The few kinds of work that serve every service in the catalog.</summary>
public enum HandlerKind
{
    IssueCertificate,
    FetchDocument,
    PayBill,
    BookSlot,
    TrackStatus,
    RaiseGrievance,
    Information,
}

/// <summary>
/// Who decides what the citizen gets: a department's record, an official, a payment gateway, a slot's capacity,
/// the office a grievance is routed to, or the catalog itself. Nothing a citizen types becomes a signed fact
/// without a record or an official behind it. Written lowercase in the files (<see cref="FulfilmentRules"/>).
/// </summary>
public enum Fulfilment
{
    /// <summary>Delivered at once from what the department's records already hold.</summary>
    Record,

    /// <summary>Submitted, reviewed by an official, approved or rejected; a document only on approval.</summary>
    Application,

    /// <summary>An amount paid; a receipt only once the payment is captured.</summary>
    Payment,

    /// <summary>Places held and then confirmed; a ticket only on payment.</summary>
    Booking,

    /// <summary>Routed to the office of the place, against an SLA, until resolved.</summary>
    Grievance,

    /// <summary>An answer from the catalog; nothing is issued.</summary>
    Information,
}

public enum InputKind
{
    Aadhaar,
    Mobile,
    Date,
    PinCode,
    HallTicket,
    Amount,
    Choice,
    FreeText,
    Location,
    Photo,
    PersonName,

    /// <summary>What backs a grievance: a photo, a voice note or a document (PDF), kept for the officers who answer it.</summary>
    Evidence,

    /// <summary>
    /// A one-time code sent by SMS to the mobile on record for an earlier Aadhaar answer (<see cref="ServiceInput.LinkedTo"/>):
    /// proof that whoever fills the form holds that resident's phone, for land, pension and bank-linked services.
    /// </summary>
    Otp,
}
