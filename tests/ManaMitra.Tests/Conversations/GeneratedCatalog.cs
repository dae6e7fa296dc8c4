using ManaMitra.Catalog;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// A catalog built in code, larger and wordier than the shipped one, so paging and text limits are exercised
/// whatever the shipped data happens to contain.
/// </summary>
public static class GeneratedCatalog
{
    public static ServiceCatalog Create(int departments, int servicesPerDepartment) => new("test", Enumerable.Range(1, departments)
        .Select(d => new Department(
            $"dept-{d}",
            ShippedLanguages.Text($"Department number {d} of the long-named administration", $"శాఖ సంఖ్య {d} దీర్ఘ నామ పరిపాలన విభాగం"),
            ShippedLanguages.Text($"Everything department {d} does for citizens, described at a length WhatsApp will not show in full",
                $"శాఖ {d} పౌరులకు చేసే ప్రతి సేవ, వాట్సాప్ పూర్తిగా చూపించలేనంత పొడవైన వివరణతో క్షేత్ర స్థాయి సమాచారం"),
            Enumerable.Range(1, servicesPerDepartment).Select(s => new Service(
                $"svc-{d}-{s}",
                ShippedLanguages.Text($"Service {s} of department {d} with a long name", $"సేవ {s} శాఖ {d} స్త్రీ శక్తి క్షేమ పథకం"),
                ShippedLanguages.Text($"What service {s} gives", $"సేవ {s} ఇచ్చేది"),
                HandlerKind.Information, s % 3 * 10, s % 5,
                [new ServiceInput("aadhaar", InputKind.Aadhaar, ShippedLanguages.Text("Aadhaar", "ఆధార్"), [])],
                [$"keyword{d}x{s}"],
                Fulfilment.Information)).ToList()))
        .ToList(), ShippedLanguages.Texts);
}
