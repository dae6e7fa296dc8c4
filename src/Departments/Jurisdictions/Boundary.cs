namespace ManaMitra.Departments.Jurisdictions;

/// <summary>
/// An office's area: one outer ring of longitude/latitude vertices, no holes. Geometry is planar in degrees, which
/// at a ward's or a district's size decides inside/outside exactly as the map does; distances use
/// <see cref="GeoPoint.KilometresTo"/>.
/// </summary>
public sealed class Boundary
{
    /// <summary>
    /// How far (in degrees, about a centimetre) a point may be from an edge and still be on it: neighbours'
    /// shared edges are typed as decimals, and a vertex typed on a parent's edge must count as on it.
    /// </summary>
    internal const double Tolerance = 1e-7;

    private readonly double _west;
    private readonly double _east;
    private readonly double _south;
    private readonly double _north;

    /// <param name="vertices">The ring without its closing repeat of the first vertex.</param>
    public Boundary(IReadOnlyList<GeoPoint> vertices)
    {
        Vertices = vertices;
        _west = vertices.Min(v => v.Longitude);
        _east = vertices.Max(v => v.Longitude);
        _south = vertices.Min(v => v.Latitude);
        _north = vertices.Max(v => v.Latitude);
    }

    public IReadOnlyList<GeoPoint> Vertices { get; }

    /// <summary>Inside or on an edge: a citizen standing on a boundary is in both areas, and the router picks one.</summary>
    public bool Contains(GeoPoint point) => InBox(point) && (OnEdge(point) || Encloses(point));

    /// <summary>Inside and not on an edge: what siblings may never do to each other's vertices.</summary>
    public bool StrictlyContains(GeoPoint point) => InBox(point) && !OnEdge(point) && Encloses(point);

    public bool OnEdge(GeoPoint point)
    {
        for (var i = 0; i < Vertices.Count; i++)
        {
            if (OnSegment(point, Vertices[i], Vertices[(i + 1) % Vertices.Count]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first pair of edges (by index) that cross each other properly, if any; touching is not crossing.</summary>
    public (int Edge, int OtherEdge)? Crossing(Boundary other)
    {
        for (var i = 0; i < Vertices.Count; i++)
        {
            for (var j = 0; j < other.Vertices.Count; j++)
            {
                if (ProperlyCross(Edge(i), other.Edge(j)))
                {
                    return (i, j);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Where this ring first runs strictly inside the other: one of its vertices (Vertex true), or else a piece of
    /// its edge from vertex Index between the points where the other ring touches it (Vertex false) — the second
    /// catches a neighbour drawn over another along a shared line, with no vertex inside and no edge crossing.
    /// </summary>
    public (int Index, bool Vertex)? FirstInside(Boundary other)
    {
        for (var i = 0; i < Vertices.Count; i++)
        {
            if (other.StrictlyContains(Vertices[i]))
            {
                return (i, true);
            }
        }

        for (var i = 0; i < Vertices.Count; i++)
        {
            var (a, b) = Edge(i);
            var cuts = other.Vertices.Where(v => OnSegment(v, a, b)).Select(v => Along(a, b, v)).Append(0).Append(1).Order().ToList();
            for (var c = 1; c < cuts.Count; c++)
            {
                var t = (cuts[c - 1] + cuts[c]) / 2;
                var middle = new GeoPoint(a.Longitude + (t * (b.Longitude - a.Longitude)), a.Latitude + (t * (b.Latitude - a.Latitude)));
                if (other.StrictlyContains(middle))
                {
                    return (i, false);
                }
            }
        }

        return null;
    }

    /// <summary>The first two edges that are not neighbours yet cross: a ring drawn as a figure eight.</summary>
    public (int Edge, int OtherEdge)? SelfCrossing()
    {
        for (var i = 0; i < Vertices.Count; i++)
        {
            for (var j = i + 2; j < Vertices.Count; j++)
            {
                if ((j + 1) % Vertices.Count != i && ProperlyCross(Edge(i), Edge(j)))
                {
                    return (i, j);
                }
            }
        }

        return null;
    }

    /// <summary>Twice the signed area (shoelace), in square degrees; zero when every vertex is on one line.</summary>
    public double DoubleArea()
    {
        // Taken from the first vertex: products of raw longitudes (~80 × ~16) would drown a thin ring in rounding.
        var sum = 0.0;
        for (var i = 1; i < Vertices.Count - 1; i++)
        {
            sum += Cross(Vertices[0], Vertices[i], Vertices[i + 1]);
        }

        return sum;
    }

    private (GeoPoint From, GeoPoint To) Edge(int i) => (Vertices[i], Vertices[(i + 1) % Vertices.Count]);

    private bool InBox(GeoPoint p) =>
        p.Longitude >= _west - Tolerance && p.Longitude <= _east + Tolerance
        && p.Latitude >= _south - Tolerance && p.Latitude <= _north + Tolerance;

    // Ray casting (the even-odd rule) eastwards from the point; an edge counts when it straddles the point's latitude
    // half-open (one end strictly above), so a ray through a vertex is counted once.
    private bool Encloses(GeoPoint p)
    {
        var inside = false;
        for (var i = 0; i < Vertices.Count; i++)
        {
            var (a, b) = Edge(i);
            if ((a.Latitude > p.Latitude) != (b.Latitude > p.Latitude)
                && p.Longitude < a.Longitude + ((p.Latitude - a.Latitude) * (b.Longitude - a.Longitude) / (b.Latitude - a.Latitude)))
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static bool OnSegment(GeoPoint p, GeoPoint a, GeoPoint b)
    {
        var length = Math.Sqrt(Square(b.Longitude - a.Longitude) + Square(b.Latitude - a.Latitude));
        if (length == 0)
        {
            return Math.Abs(p.Longitude - a.Longitude) <= Tolerance && Math.Abs(p.Latitude - a.Latitude) <= Tolerance;
        }

        // Distance from the line, then whether the foot of the perpendicular falls between the ends.
        if (Math.Abs(Cross(a, b, p)) / length > Tolerance)
        {
            return false;
        }

        var along = (((p.Longitude - a.Longitude) * (b.Longitude - a.Longitude)) + ((p.Latitude - a.Latitude) * (b.Latitude - a.Latitude))) / length;
        return along >= -Tolerance && along <= length + Tolerance;
    }

    /// <summary>How far along a→b (0 to 1) the point's foot falls.</summary>
    private static double Along(GeoPoint a, GeoPoint b, GeoPoint p)
    {
        var squared = Square(b.Longitude - a.Longitude) + Square(b.Latitude - a.Latitude);
        return (((p.Longitude - a.Longitude) * (b.Longitude - a.Longitude)) + ((p.Latitude - a.Latitude) * (b.Latitude - a.Latitude))) / squared;
    }

    private static bool ProperlyCross((GeoPoint From, GeoPoint To) s, (GeoPoint From, GeoPoint To) t)
    {
        var d1 = Side(s.From, s.To, t.From);
        var d2 = Side(s.From, s.To, t.To);
        var d3 = Side(t.From, t.To, s.From);
        var d4 = Side(t.From, t.To, s.To);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    /// <summary>Which side of the line a→b the point is on: -1, 1, or 0 when within <see cref="Tolerance"/> of it.</summary>
    private static int Side(GeoPoint a, GeoPoint b, GeoPoint p)
    {
        var length = Math.Sqrt(Square(b.Longitude - a.Longitude) + Square(b.Latitude - a.Latitude));
        var distance = length == 0 ? 0 : Cross(a, b, p) / length;
        return Math.Abs(distance) <= Tolerance ? 0 : Math.Sign(distance);
    }

    private static double Cross(GeoPoint a, GeoPoint b, GeoPoint p) =>
        ((b.Longitude - a.Longitude) * (p.Latitude - a.Latitude)) - ((b.Latitude - a.Latitude) * (p.Longitude - a.Longitude));

    private static double Square(double x) => x * x;
}
