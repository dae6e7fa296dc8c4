using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>One run of a service: which service, what the citizen answered, and when.</summary>
public sealed class ServiceContext(Department department, Service service, ServiceRequest request, DateTimeOffset now, Texts texts)
{
    public Department Department { get; } = department;

    public Service Service { get; } = service;

    public ServiceRequest Request { get; } = request;

    public Answers Answers { get; } = new(service, request.Answers, texts);

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today => Dates.Today(Now);

    public LocalizedText ServiceName => Service.Name;

    /// <summary>What the services write, in every offered language.</summary>
    public DepartmentText Text { get; } = texts.Departments;

    /// <inheritdoc cref="Texts.OneLine"/>
    public string OneLine(LocalizedText value) => texts.OneLine(value);

    public static ServiceOutcome Declined(LocalizedText message) => new() { Status = OutcomeStatus.Declined, Message = message };

    /// <summary>Nothing found by the answer to <paramref name="reask"/>: the citizen is asked it again, <paramref name="message"/> saying why.</summary>
    public static ServiceOutcome NotFound(LocalizedText message, ServiceInput? reask) =>
        Declined(message) with { ReaskInput = reask?.Id };

    /// <summary>
    /// A payment order of this citizen for this service; what it buys beyond a receipt (a booking's places, an
    /// application's review) the caller adds.
    /// </summary>
    public PaymentOrder PaymentOrder(string reference, string account, string holder, decimal amount, string period) => new()
    {
        Reference = reference,
        CitizenId = Request.CitizenId,
        DepartmentId = Department.Id,
        ServiceId = Service.Id,
        ServiceName = Service.Name,
        AccountNumber = account,
        HolderName = holder,
        Amount = amount,
        Period = period,
    };

    public IssuedDocument Document(string id, string kind, string holderName, IReadOnlyList<OutcomeField> fields) => new()
    {
        Id = id,
        Kind = kind,
        Title = Service.Name,
        HolderName = holderName,
        DepartmentId = Department.Id,
        ServiceId = Service.Id,
        IssuedAt = Now,
        Fields = fields,
    };
}
