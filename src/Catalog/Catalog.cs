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

    public Department? FindDepartment(string id) => _departments.GetValueOrDefault(id);

    /// <summary>Service ids are unique across the whole catalog, so a service id alone names it.</summary>
    public (Department Department, Service Service)? FindService(string id) =>
        _services.TryGetValue(id, out var found) ? found : null;
}

public sealed record Department(string Id, LocalizedText Name, LocalizedText Description, IReadOnlyList<Service> Services);

public sealed record Service(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    HandlerKind Handler,
    decimal Fee,
    int SlaDays,
    IReadOnlyList<ServiceInput> Inputs,
    IReadOnlyList<string> Keywords);

/// <summary>One question a service asks before it can run.</summary>
public sealed record ServiceInput(string Id, InputKind Kind, LocalizedText Prompt, IReadOnlyList<InputChoice> Choices);

public sealed record InputChoice(string Id, LocalizedText Label);

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
}
