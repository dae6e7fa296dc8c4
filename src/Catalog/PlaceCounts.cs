using System.Globalization;

namespace ManaMitra.Catalog;

/// <summary>
/// The question of a booking that says how many places it takes. Named by its input id, like a person's name
/// (<c>persons</c>, <c>pilgrims</c>, <c>seats</c>), and its options' ids are the counts themselves ("2", never
/// "two"), so the number booked and printed is the number the citizen chose: an id the handler cannot read as a
/// count would silently book one place.
/// </summary>
public static class PlaceCounts
{
    /// <summary>The most places one booking takes; counters sell a family's seats or darshan places on one ticket, not a crowd's.</summary>
    public const int MaxPlaces = 10;

    public static readonly IReadOnlyList<string> InputIds = ["persons", "pilgrims", "seats"];

    public static bool IsPlaceCount(ServiceInput input) =>
        input.Kind == InputKind.Choice && InputIds.Contains(input.Id, StringComparer.Ordinal);

    /// <summary>The number of places an option books, or null when its id is not a count from 1 to <see cref="MaxPlaces"/>.</summary>
    public static int? Count(string choiceId) =>
        int.TryParse(choiceId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxPlaces ? n : null;

    /// <summary>What is wrong with a booking's input as a place count; none for a well-formed one or another question.</summary>
    internal static IEnumerable<string> Defects(ServiceInput input)
    {
        if (InputIds.Contains(input.Id, StringComparer.Ordinal))
        {
            if (input.Kind != InputKind.Choice)
            {
                yield return $"kind {input.Kind} cannot count places: \"{input.Id}\" is a Choice whose ids are the counts (\"1\", \"2\"…)";
                yield break;
            }

            foreach (var choice in input.Choices.Where(c => Count(c.Id) is null))
            {
                yield return $"choice id \"{choice.Id}\" is not a count of places: \"{input.Id}\" options are numbered \"1\" to \"{MaxPlaces}\", the number they book";
            }
        }
        else if (input.Kind == InputKind.Choice && input.Choices.Count > 0 && input.Choices.All(c => Count(c.Id) is not null))
        {
            // A head count under another name would be read as part of which slot it is and book one place.
            yield return $"choices are counts of places but the input is \"{input.Id}\": name it {string.Join(", ", InputIds)}";
        }
    }
}
