using System.Net.Http.Json;
using System.Text.Json;
using ManaMitra.Catalog;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// The departments and services the system under test serves, read from its own <c>GET /api/catalog</c>, so
/// simulated citizens tap rows that exist in whatever catalog that deployment runs.
/// </summary>
public sealed class CatalogChoices
{
    private readonly IReadOnlyList<DepartmentChoice> _departments;

    public CatalogChoices(IReadOnlyList<DepartmentChoice> departments, string consentNotice)
    {
        if (departments.Count == 0 || departments.Any(d => d.Services.Count == 0))
        {
            throw new ArgumentException("The catalog needs departments, each with at least one service.", nameof(departments));
        }

        _departments = departments;
        ConsentNotice = consentNotice;
    }

    /// <summary>The version of the consent notice a citizen agrees to before a service: the "I agree" button's id names it.</summary>
    public string ConsentNotice { get; }

    public DepartmentChoice PickDepartment(Random random) => _departments[random.Next(_departments.Count)];

    /// <summary>Every service with its department, for scenarios that pick services by what they do.</summary>
    public IEnumerable<(DepartmentChoice Department, ServiceChoice Service)> AllServices() =>
        _departments.SelectMany(d => d.Services.Select(s => (d, s)));

    public static async Task<CatalogChoices> FetchAsync(HttpClient http, Uri target, CancellationToken cancellationToken)
    {
        using var document = await http.GetFromJsonAsync<JsonDocument>(new Uri(target, "/api/catalog"), cancellationToken)
            ?? throw new InvalidOperationException("GET /api/catalog answered an empty body.");
        return Parse(document.RootElement);
    }

    /// <summary>
    /// Reads the body of <c>GET /api/catalog</c>: <c>consentNotice</c> and <c>departments[]</c>, each with <c>id</c>,
    /// <c>name</c> {<c>en</c>, <c>te</c>} and <c>services[]</c> alike.
    /// </summary>
    public static CatalogChoices Parse(JsonElement catalog)
    {
        var departments = catalog.GetProperty("departments").EnumerateArray()
            .Select(d => new DepartmentChoice(
                d.GetProperty("id").GetString()!,
                Title(d),
                d.GetProperty("services").EnumerateArray().Select(Service).ToList()))
            .Where(d => d.Services.Count > 0)
            .ToList();
        return new CatalogChoices(departments, catalog.GetProperty("consentNotice").GetString()!);
    }

    private static ServiceChoice Service(JsonElement service) => new(
        service.GetProperty("id").GetString()!,
        Title(service),
        service.TryGetProperty("handler", out var handler) ? handler.GetString() ?? "" : "",
        service.TryGetProperty("inputs", out var inputs)
            ? inputs.EnumerateArray().Select(i => new InputChoice(i.GetProperty("id").GetString()!, i.GetProperty("kind").GetString()!)).ToList()
            : []);

    // A list row's title as WhatsApp would echo it back: at most 24 characters.
    private static LocalizedTitle Title(JsonElement item)
    {
        var name = item.GetProperty("name");
        return new LocalizedTitle(Cut(name.GetProperty("en").GetString()!), Cut(name.GetProperty("te").GetString()!));
    }

    private static string Cut(string text) => text.Length <= 24 ? text : text[..24];
}

public sealed record LocalizedTitle(string English, string Telugu)
{
    public string In(bool telugu) => telugu ? Telugu : English;
}

public sealed record DepartmentChoice(string Id, LocalizedTitle Title, IReadOnlyList<ServiceChoice> Services)
{
    public ServiceChoice PickService(Random random) => Services[random.Next(Services.Count)];
}

/// <summary>A service as a citizen sees it in the menus, with what its handler does and the questions its form asks.</summary>
public sealed record ServiceChoice(string Id, LocalizedTitle Title, string Handler = "", IReadOnlyList<InputChoice>? Inputs = null)
{
    public IReadOnlyList<InputChoice> Questions => Inputs ?? [];
}

/// <summary>One form question: its input id and kind (<c>Aadhaar</c>, <c>FreeText</c>, <c>Choice</c>, ...).</summary>
public sealed record InputChoice(string Id, string Kind);
