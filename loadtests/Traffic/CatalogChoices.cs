using System.Net.Http.Json;
using System.Text.Json;

namespace ManaMitra.LoadTests.Traffic;

/// <summary>
/// The departments and services the system under test serves, read from its own <c>GET /api/catalog</c>, so
/// simulated citizens tap rows that exist in whatever catalog that deployment runs.
/// </summary>
public sealed class CatalogChoices
{
    private readonly IReadOnlyList<DepartmentChoice> _departments;

    public CatalogChoices(IReadOnlyList<DepartmentChoice> departments)
    {
        if (departments.Count == 0 || departments.Any(d => d.Services.Count == 0))
        {
            throw new ArgumentException("The catalog needs departments, each with at least one service.", nameof(departments));
        }

        _departments = departments;
    }

    public DepartmentChoice PickDepartment(Random random) => _departments[random.Next(_departments.Count)];

    public static async Task<CatalogChoices> FetchAsync(HttpClient http, Uri target, CancellationToken cancellationToken)
    {
        using var document = await http.GetFromJsonAsync<JsonDocument>(new Uri(target, "/api/catalog"), cancellationToken)
            ?? throw new InvalidOperationException("GET /api/catalog answered an empty body.");
        return Parse(document.RootElement);
    }

    /// <summary>Reads the body of <c>GET /api/catalog</c>: <c>departments[]</c>, each with <c>id</c>, <c>name</c> {<c>en</c>, <c>te</c>} and <c>services[]</c> alike.</summary>
    public static CatalogChoices Parse(JsonElement catalog)
    {
        var departments = catalog.GetProperty("departments").EnumerateArray()
            .Select(d => new DepartmentChoice(
                d.GetProperty("id").GetString()!,
                Title(d),
                d.GetProperty("services").EnumerateArray().Select(s => new ServiceChoice(s.GetProperty("id").GetString()!, Title(s))).ToList()))
            .Where(d => d.Services.Count > 0)
            .ToList();
        return new CatalogChoices(departments);
    }

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

public sealed record ServiceChoice(string Id, LocalizedTitle Title);
