using System.Text.RegularExpressions;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Jurisdictions;

/// <summary>
/// Checks one office entry on its own — its id, kind, names, PINs, point and boundary — adding each defect, prefixed
/// with the file and the entry, to the shared list. How offices fit together is <see cref="OfficeTreeRules"/>' job.
/// </summary>
internal sealed partial class OfficeReader(string file, List<string> errors)
{
    private const string English = "en";
    private const string Telugu = "te";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*$")]
    private static partial Regex PathOfKebabCase();

    // Andhra Pradesh's postal circle: PINs 51xxxx to 53xxxx (50xxxx is Telangana, 56xxxx on Karnataka).
    [GeneratedRegex("^5[1-3][0-9]{4}$")]
    private static partial Regex AndhraPin();

    public static string Label(int index, string? id) =>
        string.IsNullOrWhiteSpace(id) ? $"offices[{index}]" : $"offices[{index}] ({id})";

    /// <returns>The office, or null when it is too broken to check against the others (its defects are added).</returns>
    public Office? Read(int index, OfficeEntry? entry)
    {
        if (entry is null)
        {
            errors.Add($"{file}: offices[{index}] is null");
            return null;
        }

        var at = $"{file}: {Label(index, entry.Id)}: ";
        foreach (var field in entry.UnknownFields?.Keys ?? Enumerable.Empty<string>())
        {
            errors.Add($"{at}{field} is not a known field");
        }

        var id = Id(at, entry.Id);
        var kind = Kind(at, entry.Kind);
        var name = Name(at, entry.Name);
        var pins = Pins(at, entry.Pins);
        var point = Point(at, entry.Point);
        var boundary = ReadBoundary(at, entry.Boundary);
        if (kind is { } k && k.IsSecretariat() && pins.Count == 0 && entry.Boundary is null)
        {
            errors.Add($"{at}serves neither pins nor a boundary: a citizen could reach it only by the nearest-office fallback");
        }

        if (point is { } p && boundary is not null && !boundary.Contains(p))
        {
            errors.Add($"{at}point {p} is outside its own boundary");
        }

        return id is null || kind is null || name is null || point is null
            ? null
            : new Office(id, kind.Value, name, string.IsNullOrWhiteSpace(entry.Parent) ? null : entry.Parent, pins, boundary, point.Value);
    }

    private string? Id(string at, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add($"{at}id is {(id is null ? "missing" : "blank")}");
            return null;
        }

        if (!PathOfKebabCase().IsMatch(id))
        {
            errors.Add($"{at}id \"{id}\" is not lowercase kebab-case parts joined by \"/\" (like \"ntr/vijayawada/ward-012\")");
            return null;
        }

        return id;
    }

    private OfficeKind? Kind(string at, string? kind)
    {
        var names = string.Join(", ", Enum.GetNames<OfficeKind>());
        if (kind is null)
        {
            errors.Add($"{at}kind is missing (one of {names})");
        }
        else if (Enum.GetNames<OfficeKind>().Contains(kind, StringComparer.Ordinal))
        {
            return Enum.Parse<OfficeKind>(kind);
        }
        else
        {
            errors.Add($"{at}kind \"{kind}\" is not one of {names}");
        }

        return null;
    }

    private LocalizedText? Name(string at, Dictionary<string, string?>? name)
    {
        if (name is null)
        {
            errors.Add($"{at}name is missing ({{\"en\": …, \"te\": …}})");
            return null;
        }

        foreach (var language in name.Keys.Where(l => l is not (English or Telugu)))
        {
            errors.Add($"{at}name.{language} is not a name language (an office is named in en and te)");
        }

        var english = NameIn(at, name, English, c => char.IsAsciiLetter(c), "English letter");
        var telugu = NameIn(at, name, Telugu, c => c is >= '\u0C00' and <= '\u0C7F', "Telugu letter");
        return english is null || telugu is null ? null : LocalizedText.Of((English, english), (Telugu, telugu));
    }

    // A name copied into the wrong language (English under "te") is refused: the citizen would read it as Telugu.
    private string? NameIn(string at, Dictionary<string, string?> name, string language, Func<char, bool> isLetter, string letter)
    {
        if (!name.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{at}name.{language} is {(text is null ? "missing" : "blank")}");
            return null;
        }

        if (!text.Any(isLetter))
        {
            errors.Add($"{at}name.{language} \"{text}\" has no {letter}");
            return null;
        }

        return text;
    }

    private List<string> Pins(string at, List<string?>? pins)
    {
        var valid = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (pins?.Count ?? 0); i++)
        {
            var pin = pins![i];
            if (pin is null || !AndhraPin().IsMatch(pin))
            {
                var value = pin is null ? "null" : $"\"{pin}\"";
                errors.Add($"{at}pins[{i}] {value} is not an Andhra Pradesh PIN code (six digits, 510000 to 539999)");
            }
            else if (!seen.TryAdd(pin, i))
            {
                errors.Add($"{at}pins[{i}] \"{pin}\" is already listed at pins[{seen[pin]}]");
            }
            else
            {
                valid.Add(pin);
            }
        }

        return valid;
    }

    private GeoPoint? Point(string at, List<double>? point)
    {
        if (point is null)
        {
            errors.Add($"{at}point is missing ([longitude, latitude] of the office, for the nearest-office fallback)");
            return null;
        }

        return Position(at, "point", point);
    }

    private GeoPoint? Position(string at, string field, List<double> position)
    {
        if (position.Count != 2)
        {
            errors.Add($"{at}{field} has {position.Count} numbers; a position is [longitude, latitude]");
            return null;
        }

        var read = new GeoPoint(position[0], position[1]);
        if (!read.IsValid)
        {
            errors.Add($"{at}{field} {read} is not [longitude, latitude] (longitude -180 to 180, latitude -90 to 90)");
            return null;
        }

        return read;
    }

    private Boundary? ReadBoundary(string at, List<List<double>?>? ring)
    {
        if (ring is null)
        {
            return null;
        }

        var vertices = new List<GeoPoint>();
        for (var i = 0; i < ring.Count; i++)
        {
            if (ring[i] is not { } position)
            {
                errors.Add($"{at}boundary[{i}] is null");
                return null;
            }

            if (Position(at, $"boundary[{i}]", position) is not { } vertex)
            {
                return null;
            }

            vertices.Add(vertex);
        }

        // GeoJSON's convention, so a ring pasted from a GIS tool reads the same and a truncated paste is caught.
        if (vertices.Count < 2 || vertices[0] != vertices[^1])
        {
            var last = vertices.Count == 0 ? "nothing" : vertices[^1].ToString();
            var first = vertices.Count == 0 ? "nothing" : vertices[0].ToString();
            errors.Add($"{at}boundary is not closed: its last position {last} must repeat its first {first}");
            return null;
        }

        vertices.RemoveAt(vertices.Count - 1);
        var distinct = vertices.Distinct().Count();
        if (distinct < 3)
        {
            errors.Add($"{at}boundary has {distinct} distinct points; an area needs at least 3");
            return null;
        }

        var boundary = new Boundary(vertices);
        if (boundary.SelfCrossing() is { } crossing)
        {
            errors.Add($"{at}boundary crosses itself: its edge from boundary[{crossing.Edge}] crosses its edge from boundary[{crossing.OtherEdge}]");
            return null;
        }

        if (Math.Abs(boundary.DoubleArea()) <= Boundary.Tolerance * Boundary.Tolerance)
        {
            errors.Add($"{at}boundary has no area: its points lie on one line");
            return null;
        }

        return boundary;
    }
}
