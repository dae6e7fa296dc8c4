using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// A citizen's answers read by input <em>kind</em>, so a handler serves any service of its kind whatever its input
/// ids: the catalog grows by data alone.
/// </summary>
public sealed class Answers(Service service, IReadOnlyDictionary<string, string> values, Texts texts)
{
    /// <summary>The suffix under which the form hands over an Aadhaar's masked form beside its keyed hash.</summary>
    public const string MaskedSuffix = ".masked";

    public IEnumerable<(ServiceInput Input, string Value)> All =>
        service.Inputs.Select(i => (i, Of(i))).Where(p => p.Item2 is not null).Select(p => (p.i, p.Item2!));

    public string? Of(ServiceInput input) =>
        values.TryGetValue(input.Id, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string? First(InputKind kind) => service.Inputs.Where(i => i.Kind == kind).Select(Of).FirstOrDefault(v => v is not null);

    public IReadOnlyList<string> AllOf(InputKind kind) =>
        service.Inputs.Where(i => i.Kind == kind).Select(Of).OfType<string>().ToList();

    /// <summary>The keyed hash of the citizen's Aadhaar, for looking up records; never shown.</summary>
    public string? AadhaarKey => First(InputKind.Aadhaar);

    /// <summary>The Aadhaar as documents print it (XXXX XXXX 1234).</summary>
    public string? AadhaarMasked => service.Inputs.Where(i => i.Kind == InputKind.Aadhaar)
        .Select(i => values.GetValueOrDefault(i.Id + MaskedSuffix)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public DateOnly? FirstDate => Dates.Parse(First(InputKind.Date));

    /// <summary>The answer to a date question about birth; other dates (a visit, a death) say nothing about who applies.</summary>
    public DateOnly? DateOfBirth => Dates.Parse(service.Inputs
        .Where(i => i.Kind == InputKind.Date && i.Id.Contains("birth", StringComparison.Ordinal))
        .Select(Of).FirstOrDefault(v => v is not null));

    /// <summary>
    /// The number the department knows the citizen's record by: a hall ticket, else the first free-text answer
    /// (services ask for the service, assessment, card or application number first).
    /// </summary>
    public string? Identifier => IdentifierInput is { } input ? Of(input) : null;

    /// <summary>The question <see cref="Identifier"/> answers, to ask again when no record has that number.</summary>
    public ServiceInput? IdentifierInput => Answered(InputKind.HallTicket) ?? Answered(InputKind.FreeText);

    private ServiceInput? Answered(InputKind kind) => service.Inputs.FirstOrDefault(i => i.Kind == kind && Of(i) is not null);

    /// <summary>How many seats or persons: the answer to the service's <see cref="PlaceCounts">place count</see>, else one.</summary>
    public int Places => service.Inputs
        .Where(PlaceCounts.IsPlaceCount)
        .Select(i => Of(i) is { } chosen ? PlaceCounts.Count(chosen) : null)
        .FirstOrDefault(n => n is not null) ?? 1;

    /// <summary>The label of the chosen option, or null when the catalog no longer lists it.</summary>
    public static LocalizedText? Label(ServiceInput input, string value) => input.Choices.FirstOrDefault(c => c.Id == value)?.Label;

    /// <summary>
    /// An answer as documents print it: a chosen option's label on one line in the document languages (or the raw
    /// answer if the catalog no longer lists it), a date day first, an amount in rupees.
    /// </summary>
    public string Display(ServiceInput input, string value) => input.Kind switch
    {
        InputKind.Choice => Label(input, value) is { } label ? texts.OneLine(label) : value,
        InputKind.Date => Dates.Parse(value) is { } date ? Dates.Format(date) : value,
        InputKind.Amount => decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? Rupees.Format(amount) : value,
        _ => value,
    };
}
