namespace ManaMitra.Catalog;

/// <summary>
/// What one place of a booking costs. A booking's <c>fee</c> is its fare per place; an option may carry its own
/// <c>fare</c> instead (a special darshan costs what its counter charges, the free darshan nothing), and then the
/// chosen option's fare is the one charged, printed and shown on the service page, so a label saying "₹300" and the
/// amount collected cannot disagree.
/// </summary>
public static class Fares
{
    /// <summary>The fare of one place for the options chosen: the first chosen option with a fare, else the service's fee.</summary>
    public static decimal PerPlace(Service service, Func<ServiceInput, string?> answerOf) => service.Inputs
        .Where(i => i.Kind == InputKind.Choice)
        .Select(i => answerOf(i) is { } chosen ? i.Choices.FirstOrDefault(c => c.Id == chosen)?.Fare : null)
        .FirstOrDefault(f => f is not null) ?? service.Fee;

    /// <summary>The cheapest and dearest place the service sells, for its page; equal when options carry no fares.</summary>
    public static (decimal Lowest, decimal Highest) Range(Service service)
    {
        var priced = service.Inputs.FirstOrDefault(i => i.Kind == InputKind.Choice && i.Choices.Any(c => c.Fare is not null));
        if (priced is null)
        {
            return (service.Fee, service.Fee);
        }

        var fares = priced.Choices.Select(c => c.Fare ?? service.Fee).ToList();
        return (fares.Min(), fares.Max());
    }

    /// <summary>What is wrong with the fares of an input: only bookings sell places, and only one question may price them.</summary>
    internal static IEnumerable<string> Defects(ServiceInput input, HandlerKind? handler)
    {
        var priced = input.Choices.Where(c => c.Fare is not null).ToList();
        if (priced.Count == 0)
        {
            yield break;
        }

        if (handler != HandlerKind.BookSlot)
        {
            yield return $"fare is only for the options of a BookSlot service, not {handler}";
        }

        foreach (var choice in priced.Where(c => c.Fare < 0))
        {
            yield return $"choice \"{choice.Id}\" has a negative fare {choice.Fare}";
        }
    }

    /// <summary>Two questions both pricing the place would leave the charge to whichever came first.</summary>
    internal static string? ServiceDefect(IReadOnlyList<ServiceInput> inputs) =>
        inputs.Count(i => i.Choices.Any(c => c.Fare is not null)) > 1 ? "fare is set on the options of more than one question: one question prices a place" : null;
}
