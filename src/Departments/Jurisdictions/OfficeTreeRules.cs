namespace ManaMitra.Departments.Jurisdictions;

/// <summary>
/// Checks how the offices fit together: one office per id, each under a parent one tier up, its id its parent's
/// plus one part, its boundary within its parent's, and no two siblings claiming the same ground — the defect
/// behind a grievance sent to the wrong secretariat.
/// </summary>
internal sealed class OfficeTreeRules(string file, List<string> errors)
{
    /// <returns>The offices by id, each id once (a repeated id keeps its first office).</returns>
    public Dictionary<string, (int Index, Office Office)> Check(IReadOnlyList<(int Index, Office Office)> offices)
    {
        var byId = new Dictionary<string, (int Index, Office Office)>(StringComparer.Ordinal);
        foreach (var (index, office) in offices)
        {
            if (!byId.TryAdd(office.Id, (index, office)))
            {
                errors.Add($"{At(index, office)}id \"{office.Id}\" is already used by offices[{byId[office.Id].Index}]");
            }
        }

        foreach (var (index, office) in offices.Where(o => ReferenceEquals(byId[o.Office.Id].Office, o.Office)))
        {
            if (Parent(index, office, byId) is { } parent && parent.Boundary is { } area && office.Boundary is { } own)
            {
                for (var v = 0; v < own.Vertices.Count; v++)
                {
                    if (!area.Contains(own.Vertices[v]))
                    {
                        errors.Add($"{At(index, office)}boundary[{v}] {own.Vertices[v]} is outside its parent {parent.Id}'s boundary");
                    }
                }
            }
        }

        foreach (var siblings in byId.Values.Where(o => o.Office.Boundary is not null).GroupBy(o => o.Office.ParentId))
        {
            var bounded = siblings.OrderBy(o => o.Index).ToList();
            for (var i = 0; i < bounded.Count; i++)
            {
                for (var j = i + 1; j < bounded.Count; j++)
                {
                    Apart(bounded[i], bounded[j]);
                }
            }
        }

        return byId;
    }

    private Office? Parent(int index, Office office, Dictionary<string, (int Index, Office Office)> byId)
    {
        var at = At(index, office);
        var expected = office.Kind.ParentKind();
        if (expected is null)
        {
            if (office.ParentId is not null)
            {
                errors.Add($"{at}parent \"{office.ParentId}\" is not allowed: the {office.Kind} is the top of the chain");
            }

            if (office.Id.Contains('/', StringComparison.Ordinal))
            {
                errors.Add($"{at}id \"{office.Id}\" must be one part (no \"/\") for {A(office.Kind)}");
            }

            return null;
        }

        if (office.ParentId is null)
        {
            errors.Add($"{at}parent is missing ({A(office.Kind)} belongs to {A(expected.Value)})");
            return null;
        }

        if (!byId.TryGetValue(office.ParentId, out var found))
        {
            errors.Add($"{at}parent \"{office.ParentId}\" is not an office in this file");
            return null;
        }

        var parent = found.Office;
        if (parent.Kind != expected)
        {
            errors.Add($"{at}parent \"{parent.Id}\" is {A(parent.Kind)}; {A(office.Kind)} belongs to {A(expected.Value)}");
        }

        // Districts are known by their own names ("ntr"); below them an id reads as its chain, so it is unique by
        // construction and an official sees at a glance where an office sits.
        if (office.Kind == OfficeKind.District)
        {
            if (office.Id.Contains('/', StringComparison.Ordinal))
            {
                errors.Add($"{at}id \"{office.Id}\" must be one part (no \"/\") for a District");
            }
        }
        else if (!office.Id.StartsWith(parent.Id + "/", StringComparison.Ordinal) || office.Id[(parent.Id.Length + 1)..].Contains('/', StringComparison.Ordinal))
        {
            errors.Add($"{at}id \"{office.Id}\" must be its parent's id and one more part (\"{parent.Id}/<name>\")");
        }

        return parent;
    }

    // Vertices on each other's edges are how neighbours share a border. Crossing edges, one running inside the other,
    // or one's point inside the other (the same ring entered twice) mean a citizen there would belong to both; the
    // first of these is reported, once per pair.
    private void Apart((int Index, Office Office) first, (int Index, Office Office) second)
    {
        var (a, b) = (first.Office.Boundary!, second.Office.Boundary!);
        if (a.Crossing(b) is { } crossing)
        {
            errors.Add($"{At(first.Index, first.Office)}boundary's edge from boundary[{crossing.Edge}] crosses its sibling {second.Office.Id}'s edge from boundary[{crossing.OtherEdge}]");
        }
        else if ((Inside(first, second) ?? Inside(second, first)) is { } inside)
        {
            errors.Add(inside);
        }
        else if (b.StrictlyContains(first.Office.Point) || a.StrictlyContains(second.Office.Point))
        {
            var (office, sibling) = b.StrictlyContains(first.Office.Point) ? (first, second) : (second, first);
            errors.Add($"{At(office.Index, office.Office)}point {office.Office.Point} lies inside its sibling {sibling.Office.Id}'s boundary");
        }
    }

    private string? Inside((int Index, Office Office) office, (int Index, Office Office) sibling)
    {
        var at = At(office.Index, office.Office);
        return office.Office.Boundary!.FirstInside(sibling.Office.Boundary!) switch
        {
            { Vertex: true } v => $"{at}boundary[{v.Index}] {office.Office.Boundary.Vertices[v.Index]} lies inside its sibling {sibling.Office.Id}'s boundary",
            { } edge => $"{at}boundary's edge from boundary[{edge.Index}] runs inside its sibling {sibling.Office.Id}'s boundary",
            null => null,
        };
    }

    private static string A(OfficeKind kind) => (kind is OfficeKind.UrbanLocalBody ? "an " : "a ") + kind;

    private string At(int index, Office office) => $"{file}: {OfficeReader.Label(index, office.Id)}: ";
}
